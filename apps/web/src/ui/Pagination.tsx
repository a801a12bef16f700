import { useId } from "react";
import "./Pagination.css";

interface TPaginationProps {
  /** 1-based index of the first row shown, or null when the page's position is unknown (a shared link). */
  from: number | null;
  count: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  pageSize: number;
  pageSizes: readonly number[];
  onPageSizeChange: (size: number) => void;
}

export function Pagination({ from, count, total, hasPrevious, hasNext, onPrevious, onNext, pageSize, pageSizes, onPageSizeChange }: TPaginationProps) {
  const sizeId = useId();
  const range = count === 0 ? "No rows" : from === null ? `Showing ${count} of ${total}` : `Showing ${from}–${from + count - 1} of ${total}`;
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="pagination__range" aria-live="polite">
        {range}
      </p>
      <div className="pagination__controls">
        <label htmlFor={sizeId} className="pagination__size">
          Rows per page
        </label>
        <select id={sizeId} className="select select--small" value={pageSize} onChange={(event) => onPageSizeChange(Number(event.target.value))}>
          {(pageSizes.includes(pageSize) ? pageSizes : [...pageSizes, pageSize].sort((a, b) => a - b)).map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={onPrevious} disabled={!hasPrevious}>
          ← Previous
        </button>
        <button type="button" className="button button--small" onClick={onNext} disabled={!hasNext}>
          Next →
        </button>
      </div>
    </nav>
  );
}
