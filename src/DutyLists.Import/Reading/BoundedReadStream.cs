namespace DutyLists.Import.Reading;

/// <summary>
/// Reads another stream and ends it early, setting <see cref="Exceeded"/>, once more than a set number of bytes came
/// out of it; checks for cancellation on every read. A zip entry's declared size can lie; the bytes counted here
/// cannot. Callers check <see cref="Exceeded"/> before they judge what they read, which is cut short.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit, CancellationToken ct) : Stream
{
    public long BytesRead { get; private set; }

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ct.ThrowIfCancellationRequested();
        if (Exceeded)
        {
            return 0;
        }

        // One byte more than the limit is enough to know it is over; never more is taken from the inner stream.
        var room = (int)Math.Min(buffer.Length, limit + 1 - BytesRead);
        var read = inner.Read(buffer[..room]);
        BytesRead += read;
        if (BytesRead > limit)
        {
            Exceeded = true;
            return 0;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
