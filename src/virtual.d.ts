declare module "virtual:bundled-articles" {
  import type { ArticleFileResult } from "./model/articleFile";

  const results: ArticleFileResult[];
  export default results;
}
