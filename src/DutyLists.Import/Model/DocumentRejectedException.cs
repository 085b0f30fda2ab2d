namespace DutyLists.Import.Model;

/// <summary>A document that cannot be imported at all: not a duty list, truncated, or unreadable.</summary>
public sealed class DocumentRejectedException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;

    /// <summary>1-based line the problem was found at; 0 when it concerns the whole file.</summary>
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
