import { emailHref, whatsappHref, type ShareTarget } from '@/lib/share/links';

const LINK_CLASS = 'btn-secondary';

/**
 * E-mail and WhatsApp as plain links: they work without JavaScript and ask nothing of anyone until clicked.
 * `context` goes into the accessible name when several sets sit on one page ("E-mail: Wat is denosumab?").
 */
export function ShareLinks({ target, context }: { target: ShareTarget; context?: string }) {
  return (
    <>
      <a href={emailHref(target)} className={LINK_CLASS}>
        <MailIcon />
        E-mail
        {context ? <span className="sr-only">: {context}</span> : null}
      </a>
      <a href={whatsappHref(target)} rel="noopener noreferrer" className={LINK_CLASS}>
        <ChatIcon />
        WhatsApp
        {context ? <span className="sr-only">: {context}</span> : null}
      </a>
    </>
  );
}

function MailIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
    >
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3.5 6 8.5 7 8.5-7" strokeLinejoin="round" />
    </svg>
  );
}

function ChatIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
    >
      <path d="M4 20l1.3-3.9A8 8 0 1 1 8 19z" strokeLinejoin="round" />
    </svg>
  );
}
