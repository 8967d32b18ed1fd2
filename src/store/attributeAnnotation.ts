import { nameKey, withAlias } from "../model/speakerNames";
import type { AnnotationPatch, Speaker } from "../model/types";
import type { StoreChange, StoreStep } from "./changes";
import type { AnnotatorDatabase } from "./schema";

export type SpeakerChoice = { speakerId: string } | { create: Speaker } | { speakerId: null };

/**
 * Attributes an annotation (or links a speaker span) to a speaker, creating the speaker if asked, in one
 * transaction and one undo step. A mention spelled differently from the speaker's names becomes an alias,
 * so that the next mention matches by itself.
 */
export async function attributeAnnotation(
  db: AnnotatorDatabase,
  annotationId: string,
  choice: SpeakerChoice,
  mention: string | null = null,
  /** Parts of the attribution saved with it, e.g. the source and cue the speaker was found at. */
  parts: Pick<AnnotationPatch, "cue" | "source"> = {},
): Promise<StoreStep | null> {
  return db.transaction("rw", db.annotations, db.speakers, async () => {
    const before = await db.annotations.get(annotationId);
    if (!before) return null;
    const changes: StoreChange[] = [];
    let speakerId: string | null;
    if ("create" in choice) {
      await db.speakers.add(choice.create);
      changes.push({ table: "speakers", id: choice.create.id, before: null, after: choice.create });
      speakerId = choice.create.id;
    } else {
      speakerId = choice.speakerId;
      const speaker = speakerId ? await db.speakers.get(speakerId) : undefined;
      if (speakerId && !speaker) return null;
      if (speaker && mention && !answersTo(speaker, mention)) {
        const after = withAlias(speaker, mention);
        await db.speakers.put(after);
        changes.push({ table: "speakers", id: speaker.id, before: speaker, after });
      }
    }
    const after = { ...before, ...parts, speakerId, updatedAt: new Date().toISOString() };
    await db.annotations.put(after);
    changes.push({ table: "annotations", id: before.id, before, after });
    const label = parts.source
      ? "Mark source"
      : speakerId === null
        ? "Remove attribution"
        : before.tag === "speaker"
          ? "Link speaker"
          : "Attribute";
    return { kind: "attribute", label, changes };
  });
}

function answersTo(speaker: Speaker, mention: string): boolean {
  const key = nameKey(mention);
  return [speaker.name, ...speaker.aliases].some((n) => nameKey(n) === key);
}
