type Step = { text: string; link?: { href: string; title: string } };

/** Advice steps, each with an optional link to read more. */
export function AdviceList({ steps }: { steps: readonly Step[] }) {
  return (
    <ul className="mt-3 list-disc space-y-3 pl-6">
      {steps.map((step) => (
        <li key={step.text}>
          {step.text}
          {step.link ? (
            <>
              {' '}
              <a href={step.link.href} className="font-semibold text-brand underline underline-offset-2">
                {step.link.title}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
