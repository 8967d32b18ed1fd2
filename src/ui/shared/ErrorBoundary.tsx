import { Component, type ErrorInfo, type ReactNode } from "react";
import { describeError } from "../../model/describeError";

interface Props {
  children: ReactNode;
  /** Moving elsewhere (a new route) clears the error, so the next view renders fresh. */
  resetKey: string;
  onError(error: unknown): void;
}

/**
 * The last line of defence for a view that fails to render. It shows what went wrong and how to go on,
 * and never touches the database: whatever was saved stays as it was.
 */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null)
      this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError(
      `${describeError(error)}${info.componentStack ? ` (in${info.componentStack.split("\n")[1] ?? ""})` : ""}`,
    );
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <main className="page crash" role="alert">
        <h1>This view could not be shown</h1>
        <p>
          Something unexpected went wrong: <code>{describeError(this.state.error)}</code>
        </p>
        <p>Your saved annotations are untouched. You can go back to the library, or reload the page.</p>
        <p className="actions">
          <a href="#/">Back to the library</a>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </main>
    );
  }
}
