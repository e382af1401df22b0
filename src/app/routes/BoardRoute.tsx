import { Board } from '../../features/pipeline';
import { useViewer } from '../viewer';

export function BoardRoute() {
  const viewer = useViewer();
  return (
    <>
      <title>Pipeline · Shortlist</title>
      <Board viewer={viewer} />
    </>
  );
}
