using System.Text;

namespace DutyLists.Web.Components.Shared;

/// <summary>
/// Builds the link of a filtered view: a path and its query parameters (some with several values), in a stable
/// order so that the same view always has the same URL. Empty values are left out.
/// </summary>
public sealed class QueryUrl
{
    private readonly string _path;
    private readonly List<KeyValuePair<string, string>> _parameters = [];

    public QueryUrl(string path) => _path = path;

    public QueryUrl Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _parameters.Add(new(name, value));
        }

        return this;
    }

    public QueryUrl Add(string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(name, value);
        }

        return this;
    }

    public override string ToString()
    {
        if (_parameters.Count == 0)
        {
            return _path;
        }

        var builder = new StringBuilder(_path).Append('?');
        for (var i = 0; i < _parameters.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(_parameters[i].Key)).Append('=').Append(Uri.EscapeDataString(_parameters[i].Value));
        }

        return builder.ToString();
    }

    /// <summary>The query string of a link, with its leading <c>?</c>, or empty: what an export link carries over from its page.</summary>
    public static string QueryOf(string url) => url.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? url[at..] : "";

    /// <summary>A list with <paramref name="value"/> added, or removed when it is already there: a facet toggle.</summary>
    public static IReadOnlyList<string> Toggle(IReadOnlyList<string> values, string value) =>
        values.Contains(value) ? [.. values.Where(v => v != value)] : [.. values, value];
}
