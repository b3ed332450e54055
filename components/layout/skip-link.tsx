// First focusable element on every page: keyboard and screen-reader users jump past the header.
export function SkipLink({ label, target = "main" }: { label: string; target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-brand-800 focus:px-4 focus:py-3 focus:text-white print:hidden"
    >
      {label}
    </a>
  );
}
