import { diffWords } from './diff';

/** Props of RewriteDiff. */
export interface RewriteDiffProps {
  draft: string;
  rewrite: string;
}

/**
 * The suggested reply as an edit of the agent's draft (#11): words it adds are marked as inserted, words it
 * takes away as deleted (struck through), the rest reads as the reply. Very long texts show the reply alone.
 */
export function RewriteDiff({ draft, rewrite }: RewriteDiffProps) {
  const runs = draft.trim() ? diffWords(draft, rewrite) : null;
  if (!runs) return <div className="tact-rewrite">{rewrite}</div>;
  return (
    <div className="tact-rewrite" data-diff="">
      {runs.map((r, k) =>
        r.kind === 'same' ? (
          r.text
        ) : r.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity beyond their order
          <ins key={k}>{r.text}</ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity beyond their order
          <del key={k}>{r.text}</del>
        ),
      )}
    </div>
  );
}
