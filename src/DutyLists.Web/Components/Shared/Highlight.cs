using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DutyLists.Web.Components.Shared;

/// <summary>
/// Text with every occurrence of the search words in <c>&lt;mark&gt;</c>; the text stays encoded. A render fragment,
/// not a component: a page of cooperative duties marks over five hundred texts, and a component instance each cost
/// more than the text they render.
/// </summary>
public static class Highlight
{
    public static RenderFragment Marked(string? text, IReadOnlyList<string> words) => builder => Render(builder, text ?? "", words);

    /// <summary>Splits a text into runs that are (or are not) inside an occurrence of one of the words.</summary>
    public static IEnumerable<(string Part, bool Marked)> Split(string text, IReadOnlyList<string> words)
    {
        if (words.Count == 0 || text.Length == 0)
        {
            yield return (text, false);
            yield break;
        }

        var marked = new bool[text.Length];
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, word.Length);
            }
        }

        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || marked[i] != marked[start])
            {
                yield return (text[start..i], marked[start]);
                start = i;
            }
        }
    }

    private static void Render(RenderTreeBuilder builder, string text, IReadOnlyList<string> words)
    {
        foreach (var (part, marked) in Split(text, words))
        {
            if (marked)
            {
                builder.OpenElement(0, "mark");
                builder.AddContent(1, part);
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(2, part);
            }
        }
    }
}
