interface PropertyInputProps extends React.InputHTMLAttributes<HTMLInputElement> {
  id: string;
  /** This input's problems, shown under it and announced with it. */
  errors?: string[];
}

/** One key or value input of a custom-property row with its error line: the same in Create and Edit. */
export function PropertyInput({ id, errors, ...props }: PropertyInputProps) {
  return (
    <>
      <input id={id} aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${id}-error` : undefined} {...props} />
      {errors && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(' ')}
        </p>
      )}
    </>
  );
}
