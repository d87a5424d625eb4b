using System.Text;

namespace StaticMap.Core.Localization;

/// <summary>
/// Escapes text for HTML: the five characters that could end a text or an attribute (&amp; &lt; &gt; " '), nothing else.
/// Letters stay letters: "sección" is written as it is, not as "secci&amp;#243;n" as <c>WebUtility.HtmlEncode</c> writes
/// every character above U+00A0, which doubles the size of a Spanish page's source and makes it hard to read.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var i = text.AsSpan().IndexOfAny("&<>\"'");
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
