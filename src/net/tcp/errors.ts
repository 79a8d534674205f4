// Why a TCP connection ended badly, with a code page code can test and a one-line message.

export type TcpErrorCode =
  | 'ECONNREFUSED' // RST in answer to our SYN
  | 'ECONNRESET' // RST on an open connection
  | 'ETIMEDOUT' // retransmissions unanswered
  | 'EHOSTUNREACH' // no ARP answer for the address
  | 'ENETDOWN' // the peer's machine left the switch (stopped)
  | 'ECONNABORTED' // aborted by this side
  | 'EADDRINUSE'; // no free local port

export class TcpError extends Error {
  override readonly name = 'TcpError';
  constructor(
    readonly code: TcpErrorCode,
    message: string,
  ) {
    super(message);
  }
}
