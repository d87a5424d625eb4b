using System.Collections.Immutable;
using System.Globalization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;
using StaticMap.Core.Reading.Yaml;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing;

/// <summary>
/// Reads the fields of one YAML mapping into typed values. Every problem becomes a diagnostic (MAP010–MAP015, MAP042)
/// pointing at the node at fault, and the reader carries on so that all problems are reported in one run.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMapping _map;
    private readonly string _prefix;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="prefix">The path of this mapping for messages, e.g. "jurisdiction" or "coalition[2]"; empty at the top.</param>
    public YamlFields(YamlMapping map, string prefix, DiagnosticBag diagnostics)
    {
        _map = map;
        _prefix = prefix;
        _diagnostics = diagnostics;
    }

    public SourceSpan Span => _map.Span;

    /// <summary>The mapping read, as written (a translation is laid over it node by node).</summary>
    public YamlMapping Yaml => _map;

    /// <summary>The path of this mapping for messages, e.g. "metrics[2]"; empty at the top of a file.</summary>
    public string Where => _prefix;

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>The dotted path of a field of this mapping, for messages.</summary>
    public string PathOf(string key) => _prefix.Length == 0 ? key : $"{_prefix}.{key}";

    public bool Has(string key) => _map.Find(key) is { } e && !(e.Value is YamlScalar { IsNull: true });

    public YamlNode? Node(string key) => _map.Find(key)?.Value;

    /// <summary>The span of a field's key, or of the mapping when the field is absent.</summary>
    public SourceSpan KeySpan(string key) => _map.Find(key)?.Key.Span ?? _map.Span;

    /// <summary>The span of a field's value; for an empty value, the span of its key.</summary>
    public SourceSpan ValueSpan(string key) => _map.Find(key) switch
    {
        null => _map.Span,
        { Value: YamlScalar { IsNull: true } } e => e.Key.Span,
        var e => e.Value.Span,
    };

    /// <summary>Reports every key not in <paramref name="known"/> (MAP015, a warning).</summary>
    /// <remarks>
    /// A key that is a slip of a required field's name, or its name in Spanish ('responsable:'), also leaves that field missing:
    /// the author hears once, at the key, with MAP010 and the name meant (<see cref="Missing"/>), not MAP015 and MAP010 for one slip.
    /// </remarks>
    public void WarnUnknown(IReadOnlyList<string> known, string where)
    {
        _warned = true;
        // A field found missing before this call was explained by a key that turns out to be a known field after all.
        foreach (var early in _mergedEarly.Where(e => known.Contains(e.Key.Value)))
        {
            _diagnostics.Withdraw(early.Merged);
            _diagnostics.Add(early.Plain);
            _explained.Remove(early.Key);
        }
        foreach (var entry in _map.Entries)
        {
            if (known.Contains(entry.Key.Value) || _splitKeys.Contains(entry.Key) || _explained.Contains(entry.Key)) continue;
            var guess = FieldNames.Guess(entry.Key.Value, known);
            var warning = UnknownField.Instance.Create(entry.Key.Span, entry.Key.Value, where, known, guess?.Field, guess?.Translated ?? false);
            _diagnostics.Add(warning);
            if (guess is not null && _map.Find(guess.Field) is null) _unknownByMeant.TryAdd(guess.Field, (entry.Key, warning, guess.Translated));
        }
    }

    // Whether WarnUnknown ran; the unknown keys it reported whose field meant is absent, by that field; the keys a MAP010 explains.
    private bool _warned;
    private readonly Dictionary<string, (YamlScalar Key, Diagnostic Warning, bool Translated)> _unknownByMeant = new(StringComparer.Ordinal);
    private readonly HashSet<YamlScalar> _explained = new(ReferenceEqualityComparer.Instance);
    private readonly List<(YamlScalar Key, Diagnostic Merged, Diagnostic Plain)> _mergedEarly = [];

    /// <summary>
    /// MAP010 for a required field that is absent; when a key of the mapping is that field's name misspelt or in Spanish, one
    /// MAP010 at that key with the name meant, and no MAP015 about it (the one <see cref="WarnUnknown"/> gave is withdrawn).
    /// </summary>
    private void Missing(string key, string what)
    {
        var plain = MissingField.Instance.Create(_map.Span, PathOf(key), what);
        if (_unknownByMeant.Remove(key, out var unknown))
        {
            _diagnostics.Withdraw(unknown.Warning);
            _diagnostics.Add(MissingField.Instance.CreateMisspelt(unknown.Key.Span, PathOf(key), key, unknown.Key.Value, unknown.Translated));
            _explained.Add(unknown.Key);
            return;
        }
        // Before WarnUnknown (or in a mapping it never checks): a key meant as this field, if there is one.
        if (!_warned)
        {
            foreach (var entry in _map.Entries)
            {
                if (entry.Key.Value == key || _explained.Contains(entry.Key) || FieldNames.Guess(entry.Key.Value, [key]) is not { } guess) continue;
                var merged = MissingField.Instance.CreateMisspelt(entry.Key.Span, PathOf(key), key, entry.Key.Value, guess.Translated);
                _diagnostics.Add(merged);
                _explained.Add(entry.Key);
                _mergedEarly.Add((entry.Key, merged, plain));
                return;
            }
        }
        _diagnostics.Add(plain);
    }

    public string? String(string key, bool required, string what)
    {
        var entry = _map.Find(key);
        if (entry is null)
        {
            if (required) Missing(key, what);
            return null;
        }
        if (entry.Value is not YamlScalar scalar)
        {
            _diagnostics.Add(WrongType.Instance.Create(entry.Value.Span, PathOf(key), "text", Describe(entry.Value)));
            return null;
        }
        var text = scalar.IsNull ? "" : scalar.Value.Trim();
        if (text.Length == 0)
        {
            if (required) _diagnostics.Add(EmptyField.Instance.Create(entry.Key.Span, PathOf(key), what));
            return null;
        }
        return text;
    }

    public Located<string>? LocatedString(string key, bool required, string what) =>
        String(key, required, what) is { } s ? new Located<string>(s, ValueSpan(key)) : null;

    public T? Enum<T>(string key, Vocabulary<T> vocabulary, bool required, string what) where T : struct
    {
        var word = String(key, required, what);
        if (word is null) return null;
        if (vocabulary.TryParse(word, out var value)) return value;
        _diagnostics.Add(ValueNotAllowed.Instance.Create(ValueSpan(key), PathOf(key), word, vocabulary.Words));
        return null;
    }

    public bool? Bool(string key)
    {
        var word = String(key, required: false, "true or false");
        if (word is null) return null;
        if (word is "true" or "True" or "yes") return true;
        if (word is "false" or "False" or "no") return false;
        _diagnostics.Add(WrongType.Instance.Create(ValueSpan(key), PathOf(key), "true or false", $"'{word}'"));
        return null;
    }

    /// <summary>A date written YYYY-MM-DD that exists on the calendar, in the years <see cref="StrictNumber"/> accepts.</summary>
    public DateOnly? Date(string key, bool required, string what)
    {
        var text = String(key, required, what);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= StrictNumber.FirstYear and <= StrictNumber.LastYear)
            return date;
        _diagnostics.Add(InvalidDate.Instance.CreateDate(ValueSpan(key), PathOf(key), text));
        return null;
    }

    /// <summary>A year: four digits from 1900 to 2100 (MAP013 otherwise).</summary>
    public int? Year(string key, bool required, string what)
    {
        var text = String(key, required, what);
        if (text is null) return null;
        if (StrictNumber.ParseYear(text, out var year) is not { } fault) return year;
        _diagnostics.Add(InvalidDate.Instance.CreateYear(ValueSpan(key), PathOf(key), text, fault));
        return null;
    }

    /// <summary>A measured value: a plain number (MAP042 otherwise, with the fix), quoted or not.</summary>
    /// <param name="whenNone">How to say there is no value, for the message about .nan: "leave 'value' out".</param>
    /// <param name="unit">The value's unit as far as it is known, for the fix of "45%" or "$41,000".</param>
    public MeasuredValue? Value(string key, bool required, string what, string whenNone, UnitOfValue unit)
    {
        var text = String(key, required, what);
        if (text is null) return null;
        text += CommaSplitDigits(key);
        if (StrictNumber.Parse(text, out var number, whenNone, unit) is not { } fault) return new MeasuredValue(number);
        _diagnostics.Add(NotAPlainNumber.Instance.Create(ValueSpan(key), PathOf(key), text, fault));
        return null;
    }

    /// <summary>
    /// In braces, '{value: 1,500, year: 2023}' is read by YAML as value 1 and a field named '500': the comma separates fields.
    /// Returns ",500" for such keys right after the value (on its line), and keeps them out of MAP015, so the author
    /// hears once, about the number.
    /// </summary>
    private string CommaSplitDigits(string key)
    {
        var entries = _map.Entries;
        var i = 0;
        while (i < entries.Length && entries[i].Key.Value != key) i++;
        if (i == entries.Length || entries[i].Value is not YamlScalar { IsQuoted: false } value) return "";
        var digits = "";
        for (var j = i + 1; j < entries.Length; j++)
        {
            var next = entries[j];
            if (next.Key.IsQuoted || next.Value is not YamlScalar { IsNull: true } || next.Key.Span.Line != value.Span.Line
                || next.Key.Value.Length == 0 || !next.Key.Value.All(char.IsAsciiDigit))
                break;
            digits += "," + next.Key.Value;
            _splitKeys.Add(next.Key);
        }
        return digits;
    }

    private readonly HashSet<YamlScalar> _splitKeys = new(ReferenceEqualityComparer.Instance);

    public YamlFields? Mapping(string key, bool required, string what, string? example = null)
    {
        var entry = _map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (required && entry is null) Missing(key, what);
            else if (required) _diagnostics.Add(EmptyField.Instance.Create(entry!.Key.Span, PathOf(key), what));
            return null;
        }
        if (entry.Value is not YamlMapping map)
        {
            _diagnostics.Add(WrongType.Instance.Create(entry.Value.Span, PathOf(key), "a mapping of fields", Describe(entry.Value), example));
            return null;
        }
        return new YamlFields(map, PathOf(key), _diagnostics);
    }

    /// <summary>A list of mappings; each item comes with its own reader whose messages say "key[n]" (1-based).</summary>
    public ImmutableArray<YamlFields> ListOfMappings(string key, bool required, string what, string example)
    {
        var sequence = Sequence(key, required, what, example);
        if (sequence is null) return [];
        var items = ImmutableArray.CreateBuilder<YamlFields>(sequence.Items.Length);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var itemPath = $"{PathOf(key)}[{i + 1}]";
            if (sequence.Items[i] is YamlMapping map) items.Add(new YamlFields(map, itemPath, _diagnostics));
            else _diagnostics.Add(WrongType.Instance.Create(sequence.Items[i].Span, itemPath, "a mapping of fields", Describe(sequence.Items[i]), example));
        }
        return items.ToImmutable();
    }

    /// <summary>A list of texts, e.g. [race-ethnicity]. Empty and non-text items are reported.</summary>
    public ImmutableArray<Located<string>> ListOfStrings(string key, bool required, string what, string example)
    {
        var sequence = Sequence(key, required, what, example);
        if (sequence is null) return [];
        var items = ImmutableArray.CreateBuilder<Located<string>>(sequence.Items.Length);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var itemPath = $"{PathOf(key)}[{i + 1}]";
            if (sequence.Items[i] is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0)
                items.Add(new Located<string>(s.Value.Trim(), s.Span));
            else if (sequence.Items[i] is YamlScalar)
                _diagnostics.Add(EmptyField.Instance.Create(sequence.Items[i].Span, itemPath, what));
            else
                _diagnostics.Add(WrongType.Instance.Create(sequence.Items[i].Span, itemPath, "text", Describe(sequence.Items[i])));
        }
        return items.ToImmutable();
    }

    private YamlSequence? Sequence(string key, bool required, string what, string example)
    {
        var entry = _map.Find(key);
        if (entry is null)
        {
            if (required) Missing(key, what);
            return null;
        }
        if (entry.Value is YamlScalar { IsNull: true })
        {
            if (required) _diagnostics.Add(EmptyField.Instance.Create(entry.Key.Span, PathOf(key), what));
            return null;
        }
        if (entry.Value is not YamlSequence sequence)
        {
            _diagnostics.Add(WrongType.Instance.Create(entry.Value.Span, PathOf(key), "a list", Describe(entry.Value), example));
            return null;
        }
        if (sequence.Items.Length == 0 && required)
        {
            _diagnostics.Add(EmptyField.Instance.Create(entry.Key.Span, PathOf(key), what));
            return null;
        }
        return sequence;
    }

    /// <summary>"text 'Alameda'", "a list", "a mapping": what the author wrote, in their words.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } => "empty",
        YamlScalar s => $"the text '{(s.Value.Length > 40 ? s.Value[..37] + "..." : s.Value)}'",
        YamlSequence => "a list",
        _ => "a mapping of fields",
    };
}
