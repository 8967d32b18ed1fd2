import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { describeError } from "../../model/describeError";

export interface LoggedError {
  id: number;
  at: string;
  message: string;
}

interface ErrorLogValue {
  errors: readonly LoggedError[];
  report(error: unknown, context?: string): void;
  clear(): void;
}

const ErrorLogContext = createContext<ErrorLogValue>({ errors: [], report: () => {}, clear: () => {} });

let nextId = 1;

/** Collects every unexpected error of the page, so none is lost in the console where users never look. */
export function ErrorLogProvider({ children }: { children: React.ReactNode }) {
  const [errors, setErrors] = useState<LoggedError[]>([]);
  const report = useCallback((error: unknown, context?: string) => {
    const message = context ? `${context}: ${describeError(error)}` : describeError(error);
    setErrors((list) => [...list.slice(-49), { id: nextId++, at: new Date().toISOString(), message }]);
  }, []);
  const clear = useCallback(() => setErrors([]), []);

  useEffect(() => {
    const onError = (event: ErrorEvent) => report(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => report(event.reason, "Unhandled");
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onRejection);
    return () => {
      window.removeEventListener("error", onError);
      window.removeEventListener("unhandledrejection", onRejection);
    };
  }, [report]);

  const value = useMemo(() => ({ errors, report, clear }), [errors, report, clear]);
  return <ErrorLogContext.Provider value={value}>{children}</ErrorLogContext.Provider>;
}

export function useErrorLog(): ErrorLogValue {
  return useContext(ErrorLogContext);
}
