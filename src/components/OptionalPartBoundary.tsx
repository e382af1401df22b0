import { Component, type ReactNode } from 'react';

interface Props {
  /** Told once when the part failed to load or render; the page carries on without it. */
  onError: (error: unknown) => void;
  children: ReactNode;
}

/**
 * Around an optional, lazily loaded part of a page that is always mounted (the command palette in the top
 * bar): if its code cannot be fetched (the server restarting, a dropped connection, a new version deployed)
 * or it fails to render, the page around it keeps working instead of falling into the route's error screen.
 */
export class OptionalPartBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
