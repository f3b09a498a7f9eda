/** A component both sides render: built once per side. */
export function Label({ text }: { text: string }) {
  return <span>{text}</span>;
}
