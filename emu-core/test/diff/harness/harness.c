// The QEMU side of the differential tests: a static AArch64 Linux program without libc that
// runs test cases read from stdin and writes their outcomes to stdout.
//
// How a case runs: the whole loop lives in one signal handler. The handler (entered first
// through a BRK in main) reads the next case, fills the code page and the data buffer, and
// rewrites the interrupted context in its signal frame with the case's initial state
// (X0-X30, SP, PC = ENTRY, NZCV, FPSR, FPCR, V0-V31; TPIDR_EL0 directly). Returning from the
// handler makes the kernel (here: qemu-aarch64) load that state and run the instruction. It
// ends with a signal: a BRK landing slot after it (SIGTRAP), or its own fault (SIGILL,
// SIGSEGV, SIGBUS, ...). The handler then finds the final state in the new signal frame,
// writes it out, and starts the next case. Frames go to an alternate signal stack, so the
// case's SP (pointing into the data buffer) is never written by signal delivery.
//
// A watchdog timer (SIGALRM every WATCHDOG_SECONDS) resumes the interrupted case unchanged,
// unless the same case was already running at the previous tick: then it is a hang.
//
// Addresses, sizes and magic numbers come from layout.ts as -D defines (see build.ts).
// Record layouts are drawn in protocol.ts.

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long u64;
typedef long i64;

#define WATCHDOG_SECONDS 1

// ---- raw system calls -------------------------------------------------------------------

#define SYS_read 63
#define SYS_write 64
#define SYS_exit_group 94
#define SYS_setitimer 103
#define SYS_sigaltstack 132
#define SYS_rt_sigaction 134
#define SYS_rt_sigreturn 139
#define SYS_munmap 215
#define SYS_mmap 222

static i64 syscall6(i64 n, i64 a, i64 b, i64 c, i64 d, i64 e, i64 f) {
  register i64 x8 __asm__("x8") = n;
  register i64 x0 __asm__("x0") = a;
  register i64 x1 __asm__("x1") = b;
  register i64 x2 __asm__("x2") = c;
  register i64 x3 __asm__("x3") = d;
  register i64 x4 __asm__("x4") = e;
  register i64 x5 __asm__("x5") = f;
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
  return x0;
}
#define syscall3(n, a, b, c) syscall6(n, (i64)(a), (i64)(b), (i64)(c), 0, 0, 0)

static void die(const char *msg) {
  u64 n = 0;
  while (msg[n]) n++;
  syscall3(SYS_write, 2, "diff-harness: ", 14);
  syscall3(SYS_write, 2, msg, n);
  syscall3(SYS_write, 2, "\n", 1);
  syscall3(SYS_exit_group, 2, 0, 0);
}

// The compiler may emit calls to these even without libc (struct copies, __builtin_memcpy).
void *memcpy(void *dst, const void *src, u64 n) {
  u8 *d = dst;
  const u8 *s = src;
  while (n--) *d++ = *s++;
  return dst;
}
void *memset(void *dst, int c, u64 n) {
  u8 *d = dst;
  while (n--) *d++ = (u8)c;
  return dst;
}

// ---- kernel structures (arm64 Linux UAPI layouts) -----------------------------------------

#define SIGILL 4
#define SIGTRAP 5
#define SIGBUS 7
#define SIGFPE 8
#define SIGSEGV 11
#define SIGALRM 14
#define SA_SIGINFO 0x4UL
#define SA_ONSTACK 0x08000000UL
#define SA_RESTORER 0x04000000UL
#define PROT_NONE 0
#define PROT_RW 3
#define PROT_RWX 7
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_FIXED_NOREPLACE 0x100000
#define FPSIMD_MAGIC 0x46508001u

typedef struct {
  int si_signo;
  int si_errno;
  int si_code;
  int pad;
  u64 si_addr;
} siginfo_head;

typedef struct {
  u64 fault_address;
  u64 regs[31];
  u64 sp;
  u64 pc;
  u64 pstate;
  u8 reserved[4096] __attribute__((aligned(16)));
} sigcontext;

typedef struct {
  u64 uc_flags;
  u64 uc_link;
  u64 ss_sp;
  u64 ss_flags;
  u64 ss_size;
  u64 uc_sigmask;
  u8 unused[120];
  sigcontext mcontext __attribute__((aligned(16)));
} ucontext;

typedef struct {
  u32 magic;
  u32 size;
  u32 fpsr;
  u32 fpcr;
  u8 vregs[32][16];
} fpsimd_context;

_Static_assert(__builtin_offsetof(ucontext, mcontext) == 176, "ucontext layout");
_Static_assert(__builtin_offsetof(sigcontext, reserved) == 288, "sigcontext layout");

struct kernel_sigaction {
  void (*handler)(int, siginfo_head *, void *);
  u64 flags;
  void (*restorer)(void);
  u64 mask;
};

// ---- records (see protocol.ts for the diagrams) -----------------------------------------

typedef struct {
  u32 magic;
  u32 ninsns;
  u32 insn[MAX_INSNS];
  u32 data_seed;
  u32 nzcv;
  u32 fpcr;
  u32 fpsr;
  u64 x[31];
  u64 sp;
  u64 tpidr;
  u8 v[32][16];
} case_record;

typedef struct {
  u32 magic;
  u32 signo;
  u32 si_code;
  u32 nzcv;
  u64 si_addr;
  u64 pc;
  u32 fpcr;
  u32 fpsr;
  u64 x[31];
  u64 sp;
  u64 tpidr;
  u8 v[32][16];
  u32 nruns;
  u32 pad;
} result_record;

_Static_assert(sizeof(case_record) == 0x330, "case record size");
_Static_assert(sizeof(result_record) == 0x338, "result record size");

typedef struct {
  u32 magic;
  u32 version;
  u32 case_size;
  u32 result_size;
} hello_record;

// ---- buffered I/O -----------------------------------------------------------------------------

#define IO_SIZE (1 << 16)
static u8 inbuf[IO_SIZE];
static u64 inpos, inlen;
static u8 outbuf[IO_SIZE];
static u64 outlen;

static void flush_out(void) {
  u64 done = 0;
  while (done < outlen) {
    i64 n = syscall3(SYS_write, 1, outbuf + done, outlen - done);
    if (n <= 0) die("write to stdout failed");
    done += (u64)n;
  }
  outlen = 0;
}

static void put(const void *p, u64 n) {
  const u8 *s = p;
  while (n) {
    if (outlen == IO_SIZE) flush_out();
    u64 k = IO_SIZE - outlen < n ? IO_SIZE - outlen : n;
    __builtin_memcpy(outbuf + outlen, s, k);
    outlen += k;
    s += k;
    n -= k;
  }
}

/** Read exactly n bytes; returns 0 on a clean end of input before the first byte. */
static int get(void *p, u64 n) {
  u8 *d = p;
  u64 got = 0;
  while (got < n) {
    if (inpos == inlen) {
      i64 r = syscall3(SYS_read, 0, inbuf, IO_SIZE);
      if (r < 0) die("read from stdin failed");
      if (r == 0) {
        if (got == 0) return 0;
        die("truncated case record on stdin");
      }
      inpos = 0;
      inlen = (u64)r;
    }
    u64 k = inlen - inpos < n - got ? inlen - inpos : n - got;
    __builtin_memcpy(d + got, inbuf + inpos, k);
    inpos += k;
    got += k;
  }
  return 1;
}

// ---- the data buffer --------------------------------------------------------------------------

#define DATA_WORDS (DATA_SIZE / 8)
/** The buffer's initial contents for the current seed (what the case started with). */
static u64 pristine[DATA_WORDS];
static u32 pristine_seed;
static int have_pristine;

/** murmur3's 32-bit finalizer over a counter: the same function as protocol.ts dataWords(). */
static u32 mix32(u32 z) {
  z = (z ^ (z >> 16)) * 0x85ebca6bu;
  z = (z ^ (z >> 13)) * 0xc2b2ae35u;
  return z ^ (z >> 16);
}

static void fill_pristine(u32 seed) {
  u32 *w = (u32 *)pristine;
  u32 s = seed;
  for (u64 i = 0; i < DATA_SIZE / 4; i++) {
    s += 0x9e3779b9u;
    w[i] = mix32(s);
  }
  pristine_seed = seed;
  have_pristine = 1;
}

// Words the last case changed, so that the next case with the same seed restores only those.
static u16 dirty_off[DATA_WORDS];
static u16 dirty_len[DATA_WORDS];
static u32 ndirty;

static void prepare_data(u32 seed) {
  u64 *data = (u64 *)DATA;
  if (!have_pristine || seed != pristine_seed) {
    fill_pristine(seed);
    __builtin_memcpy(data, pristine, DATA_SIZE);
  } else {
    for (u32 i = 0; i < ndirty; i++)
      __builtin_memcpy(data + dirty_off[i], pristine + dirty_off[i], dirty_len[i] * 8u);
  }
  ndirty = 0;
}

/** Find the runs of changed words (recorded for the restore) and return how many. */
static u32 scan_dirty(void) {
  u64 *data = (u64 *)DATA;
  ndirty = 0;
  for (u32 i = 0; i < DATA_WORDS;) {
    if (data[i] == pristine[i]) {
      i++;
      continue;
    }
    u32 start = i;
    while (i < DATA_WORDS && data[i] != pristine[i]) i++;
    dirty_off[ndirty] = (u16)start;
    dirty_len[ndirty] = (u16)(i - start);
    ndirty++;
  }
  return ndirty;
}

// ---- the case loop ---------------------------------------------------------------------------

static case_record current;
static int running;
static u64 case_serial;
static u64 watchdog_serial = ~0UL;

static fpsimd_context *find_fpsimd(sigcontext *sc) {
  u8 *p = sc->reserved;
  u8 *end = sc->reserved + sizeof sc->reserved;
  while (p + 8 <= end) {
    u32 magic = ((u32 *)p)[0];
    u32 size = ((u32 *)p)[1];
    if (magic == FPSIMD_MAGIC) return (fpsimd_context *)p;
    if (magic == 0 || size == 0) break;
    p += size;
  }
  die("no fpsimd record in the signal frame");
  return 0;
}

static u64 read_tpidr(void) {
  u64 v;
  __asm__ volatile("mrs %0, tpidr_el0" : "=r"(v));
  return v;
}
static void write_tpidr(u64 v) {
  __asm__ volatile("msr tpidr_el0, %0" : : "r"(v));
}

static void report(int sig, siginfo_head *si, sigcontext *sc) {
  static result_record r;
  fpsimd_context *fp = find_fpsimd(sc);
  r.magic = MAGIC_RESULT;
  r.signo = (u32)sig;
  r.si_code = (u32)si->si_code;
  r.nzcv = (u32)sc->pstate & 0xf0000000u;
  r.si_addr = si->si_addr;
  r.pc = sc->pc;
  r.fpcr = fp->fpcr;
  r.fpsr = fp->fpsr;
  __builtin_memcpy(r.x, sc->regs, sizeof r.x);
  r.sp = sc->sp;
  r.tpidr = read_tpidr();
  __builtin_memcpy(r.v, fp->vregs, sizeof r.v);
  r.nruns = scan_dirty();
  r.pad = 0;
  put(&r, sizeof r);
  u64 *data = (u64 *)DATA;
  for (u32 i = 0; i < ndirty; i++) {
    u16 hdr[2] = {dirty_off[i], dirty_len[i]};
    put(hdr, sizeof hdr);
    put(data + dirty_off[i], dirty_len[i] * 8u);
  }
}

static void start_case(sigcontext *sc) {
  if (!get(&current, sizeof current)) {
    flush_out();
    syscall3(SYS_exit_group, 0, 0, 0);
  }
  if (current.magic != MAGIC_CASE) die("bad case record magic");
  if (current.ninsns < 1 || current.ninsns > MAX_INSNS) die("bad instruction count");
  u32 *code = (u32 *)ENTRY;
  for (u32 i = 0; i < MAX_INSNS; i++) code[i] = i < current.ninsns ? current.insn[i] : SLOT_WORD;
  prepare_data(current.data_seed);
  fpsimd_context *fp = find_fpsimd(sc);
  __builtin_memcpy(sc->regs, current.x, sizeof current.x);
  sc->sp = current.sp;
  sc->pc = ENTRY;
  sc->pstate = current.nzcv & 0xf0000000u; // EL0t, nothing masked
  fp->fpcr = current.fpcr;
  fp->fpsr = current.fpsr;
  __builtin_memcpy(fp->vregs, current.v, sizeof fp->vregs);
  write_tpidr(current.tpidr);
  // Each case starts with no exclusive reservation (our side starts it through ERET).
  __asm__ volatile("clrex" ::: "memory");
  case_serial++;
  running = 1;
}

static void on_signal(int sig, siginfo_head *si, void *ucv) {
  sigcontext *sc = &((ucontext *)ucv)->mcontext;
  if (sig == SIGALRM) {
    if (!running || case_serial != watchdog_serial) {
      watchdog_serial = case_serial;
      return; // resume whatever ran, unchanged
    }
  }
  if (running) {
    running = 0;
    report(sig, si, sc);
  }
  start_case(sc);
}

// ---- start-up ------------------------------------------------------------------------------

extern void restore_rt(void);
__asm__(".text\n.global restore_rt\nrestore_rt:\n  mov x8, #139\n  svc #0\n");

static u8 altstack[64 * 1024] __attribute__((aligned(16)));

static void map_fixed(u64 addr, u64 size, int prot, int flags) {
  i64 r = syscall6(SYS_mmap, (i64)addr, (i64)size, prot, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
  if ((u64)r != addr) die("cannot map the fixed test region (is something else mapped there?)");
}

static void install(int sig) {
  struct kernel_sigaction sa;
  sa.handler = on_signal;
  sa.flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER;
  sa.restorer = restore_rt;
  sa.mask = ~0UL; // nothing interrupts the handler; a pending SIGALRM waits for the case
  if (syscall6(SYS_rt_sigaction, sig, (i64)&sa, 0, 8, 0, 0) != 0) die("rt_sigaction failed");
}

void harness_main(void) {
  // Reserve the whole region as inaccessible (the guards), then open the code and data pages.
  map_fixed(REGION, REGION_SIZE, PROT_NONE, MAP_FIXED_NOREPLACE);
  map_fixed(CODE, CODE_SIZE, PROT_RWX, MAP_FIXED);
  map_fixed(DATA, DATA_SIZE, PROT_RW, MAP_FIXED);
  u32 *code = (u32 *)CODE;
  for (u64 i = 0; i < CODE_SIZE / 4; i++) code[i] = SLOT_WORD;

  u64 ss[3] = {(u64)altstack, 0, sizeof altstack};
  if (syscall3(SYS_sigaltstack, ss, 0, 0) != 0) die("sigaltstack failed");
  install(SIGILL);
  install(SIGTRAP);
  install(SIGBUS);
  install(SIGFPE);
  install(SIGSEGV);
  install(SIGALRM);
  i64 timer[4] = {WATCHDOG_SECONDS, 0, WATCHDOG_SECONDS, 0};
  if (syscall3(SYS_setitimer, 0, timer, 0) != 0) die("setitimer failed");

  hello_record h = {MAGIC_HELLO, PROTOCOL_VERSION, sizeof(case_record), sizeof(result_record)};
  put(&h, sizeof h);
  flush_out();
  // Enter the case loop: the handler never returns here.
  __asm__ volatile("brk #0");
  die("returned from the case loop");
}

__asm__(".text\n.global _start\n_start:\n  mov x29, #0\n  mov x30, #0\n  bl harness_main\n  brk #1\n");
