import { Plugin } from "prosemirror-state";

/**
 * Keeps the article text as it is while leaving the view editable, because only an editable view has a
 * caret: a person without a mouse moves it with the arrows and extends a selection with Shift (by word
 * with Ctrl+Shift). Any transaction that would change the document is refused, and text input, paste
 * and drop are swallowed before they become one.
 */
export function readOnlyPlugin(): Plugin {
  return new Plugin({
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      attributes: {
        "aria-readonly": "true",
        "aria-multiline": "true",
        role: "textbox",
        inputmode: "none",
        spellcheck: "false",
        autocorrect: "off",
        autocapitalize: "off",
        translate: "no",
      },
    },
  });
}
