/** `className` sets its size (size-7 unless told). */
export function IrisLogo({ className = 'size-7' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <circle cx="16" cy="16" r="15" className="fill-brand-600" />
      <circle cx="16" cy="16" r="9" className="fill-white" />
      <circle cx="16" cy="16" r="4.5" className="fill-brand-700" />
      <circle cx="18" cy="14" r="1.5" className="fill-white" />
    </svg>
  );
}
