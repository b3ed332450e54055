// The inline message under a question; the input points at it with aria-describedby.
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-2 border-l-4 border-red-600 pl-3 text-sm font-semibold text-red-700">
      {message}
    </p>
  );
}
