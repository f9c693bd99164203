/**
 * Catches render errors of one panel region so the rest of the pane stays usable, and shows the
 * shared error message with a way to try again (remounting the region).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** Rendered instead of the children after an error; `reset` remounts them. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
  /** Changing this key clears a shown error (e.g. another meeting was opened). */
  resetKey?: unknown;
}

interface State {
  error: unknown;
  failed: boolean;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { resetKey: props.resetKey, failed: false, error: null } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the stack for whoever opens the console; the user sees the Danish message.
    console.error('Punkt view failed', error, info.componentStack);
  }

  private readonly reset = (): void => this.setState({ failed: false, error: null });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
