using ResearchRelease.Web.Letters;

namespace ResearchRelease.Web.Tests.Process;

/// <summary>The real letter renderer behind a switch: while broken, every render fails, as a fault an operator must fix would.</summary>
internal sealed class FlakyRenderer
{
    private int _attempts;
    private volatile bool _broken = true;

    public int Attempts => Volatile.Read(ref _attempts);

    public void Fix() => _broken = false;

    public ILetterRenderer Around(ILetterRenderer inner) => new Switch(this, inner);

    private sealed class Switch(FlakyRenderer owner, ILetterRenderer inner) : ILetterRenderer
    {
        public byte[] Render(LetterContent letter)
        {
            Interlocked.Increment(ref owner._attempts);
            return owner._broken ? throw new IOException("Simulated failure: the letter store is unavailable.") : inner.Render(letter);
        }
    }
}
