/**
 * Text written straight into fixed-size Buffers, handed on when full: a big sheet's XML is made of millions of
 * short pieces, and joining them as strings first costs the garbage collector more than writing them does.
 * @example
 * const out = new XmlBytes();
 * out.ascii('<row r="2">');
 * out.utf8("'阶段'!A1");
 * const chunks = out.take(true); // every byte written so far
 */
export class XmlBytes {
  private buffer: Buffer;
  private at = 0;
  private readonly full: Buffer[] = [];

  constructor(private readonly size = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Text of ASCII characters only (tags, addresses, numbers). */
  ascii(text: string): void {
    if (this.at + text.length > this.size) this.flush();
    if (text.length > this.size) this.full.push(Buffer.from(text, "latin1"));
    else this.at += this.buffer.write(text, this.at, "latin1");
  }

  /** Any text, as UTF-8. */
  utf8(text: string): void {
    const most = text.length * 3;
    if (this.at + most > this.size) this.flush();
    if (most > this.size) this.full.push(Buffer.from(text, "utf8"));
    else this.at += this.buffer.write(text, this.at, "utf8");
  }

  /** The chunks filled so far (and, with `all`, the one being filled), each handed out once. */
  take(all = false): Buffer[] {
    if (all) this.flush();
    return this.full.splice(0);
  }

  private flush(): void {
    if (this.at === 0) return;
    this.full.push(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(this.size);
    this.at = 0;
  }
}
