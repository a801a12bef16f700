import { levelName, type TLadderLevel, textOn } from "./level-colour.ts";
import "./LevelBadge.css";

interface TLevelBadgeProps {
  /** The scorecard's ladder, lowest level first. */
  ladder: readonly TLadderLevel[];
  /** Index of the highest level reached; -1 (below the first level) shows "No level". */
  levelIndex: number;
  size?: "small" | "normal";
}

/**
 * A scorecard level in its ladder colour. The name is always written out and the rung count
 * ("2/3") is shown too, so the colour is never the only signal.
 */
export function LevelBadge({ ladder, levelIndex, size = "normal" }: TLevelBadgeProps) {
  const name = levelName(ladder, levelIndex);
  const level = levelIndex >= 0 ? ladder[Math.min(levelIndex, ladder.length - 1)] : undefined;
  const rung = levelIndex + 1;
  return (
    <span
      className={`level-badge level-badge--${size}${level ? "" : " level-badge--none"}`}
      style={level ? { background: level.color, color: textOn(level.color), borderColor: level.color } : undefined}
      title={level ? `Level ${rung} of ${ladder.length}: ${name}` : `Below the first level (${ladder[0]?.name ?? "none"})`}
      data-level={level ? name : ""}
    >
      <span className="level-badge__rungs" aria-hidden="true">
        {ladder.map((rungLevel, index) => (
          <span key={rungLevel.name} className={index < rung ? "level-badge__rung level-badge__rung--on" : "level-badge__rung"} />
        ))}
      </span>
      {name}
    </span>
  );
}
