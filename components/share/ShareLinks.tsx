import { emailHref, whatsappHref, type ShareTarget } from '@/lib/share/links';
import { Icon } from '@/components/ui/Icon';

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
    <Icon>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3.5 6 8.5 7 8.5-7" strokeLinejoin="round" />
    </Icon>
  );
}

function ChatIcon() {
  return (
    <Icon>
      <path d="M4 20l1.3-3.9A8 8 0 1 1 8 19z" strokeLinejoin="round" />
    </Icon>
  );
}
