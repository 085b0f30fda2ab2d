namespace DutyLists.Data.Revisions;

/// <summary>Who took over a reclaimed duty (canonical department name, or null when the text names none), and how.</summary>
public sealed record TakeoverSnapshot(string? Department, string Method)
{
    /// <summary>As the lists show it: <c>部门：方式</c>, or the method alone.</summary>
    public override string ToString() => Department is null ? Method : Department + "：" + Method;
}
