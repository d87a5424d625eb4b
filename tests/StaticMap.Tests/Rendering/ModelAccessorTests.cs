using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The templates read page models through <see cref="ModelAccessor"/> (delegates made once per type) instead of Scriban's
/// <see cref="TypedObjectAccessor"/> (reflection per read): the same members, the same values, the same pages
/// (docs/performance.md, "fifth session, templates2").
/// </summary>
public class ModelAccessorTests
{
    /// <summary>Builds the repository's sample plans (drafts included) with <paramref name="seam"/> choosing each model type's accessor.</summary>
    private static TestSite BuildSamples(Func<object, IObjectAccessor, IObjectAccessor, IObjectAccessor> seam)
    {
        var site = TestSite.Empty();
        site.CopyFolder(Path.Combine(Repository.Root, "plans"), "plans").CopyFolder(Path.Combine(Repository.Root, "input"), "input");
        HtmlTemplateContext.AccessorSeam.Value = seam;
        try
        {
            var result = site.Build(new SiteOptions(IncludeDrafts: true, BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }
        finally
        {
            HtmlTemplateContext.AccessorSeam.Value = null;
        }
        return site;
    }

    [Fact]
    public void Every_model_type_the_sample_templates_read_has_the_members_and_values_of_Scriban_s_own_accessor()
    {
        var models = new ConcurrentDictionary<Type, (object Target, IObjectAccessor Ours)>();
        using var built = BuildSamples((target, scriban, ours) =>
        {
            models.TryAdd(target.GetType(), (target, ours));
            return ours;
        });

        // The samples' pages read dozens of model types (page models, views, charts, indicators, progress entries).
        Assert.True(models.Count >= 30, $"only {models.Count} model types read: {string.Join(", ", models.Keys.Select(t => t.Name))}");
        Assert.Contains(typeof(ComponentPageModel), models.Keys);
        var context = new TemplateContext();
        var span = new SourceSpan();
        var compared = 0;
        foreach (var (type, (target, ours)) in models)
        {
            var reference = new TypedObjectAccessor(type, null, StandardMemberRenamer.Default);
            var accessor = Assert.IsType<ModelAccessor>(ours);
            var names = reference.GetMembers(context, span, target).ToList();
            Assert.Equal(names, accessor.GetMembers(context, span, target).ToList());
            Assert.Equal(reference.GetMemberCount(context, span, target), accessor.GetMemberCount(context, span, target));
            Assert.Equal(reference.HasIndexer, accessor.HasIndexer);
            // Every property Scriban lists is read through a delegate; what is left to Scriban's accessor is a public field.
            Assert.All(accessor.DelegateMembers, name => Assert.Contains(name, names));
            var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public).Select(f => StandardMemberRenamer.Default(f)).ToHashSet();
            Assert.All(names.Except(accessor.DelegateMembers), name => Assert.Contains(name, fields));
            Assert.All(type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
                .Select(p => StandardMemberRenamer.Default(p)).Where(names.Contains).Except(fields), name => Assert.Contains(name, accessor.DelegateMembers));
            foreach (var name in names)
            {
                Assert.True(reference.TryGetValue(context, span, target, name, out var expected));
                Assert.True(accessor.TryGetValue(context, span, target, name, out var actual));
                Assert.True(SameValue(expected, actual), $"{type.Name}.{name}: Scriban read {expected ?? "null"}, the delegate {actual ?? "null"}");
                compared++;
            }
            Assert.False(accessor.TryGetValue(context, span, target, "no_such_member", out _));
        }
        Assert.True(compared >= 200, $"only {compared} members compared");
    }

    /// <summary>The same value: equal, or (a property that makes a new list or model on each read) of the same type with the same items.</summary>
    private static bool SameValue(object? expected, object? actual) =>
        Equals(expected, actual)
        || expected is IEnumerable a && actual is IEnumerable b && a.GetType() == b.GetType() && a.Cast<object?>().SequenceEqual(b.Cast<object?>(), ItemComparer.Instance)
        || expected is not null && actual is not null && expected.GetType() == actual.GetType() && expected.GetType().IsClass
           && expected.GetType().GetMethod("ToString", Type.EmptyTypes)!.DeclaringType != typeof(object) && expected.ToString() == actual.ToString();

    private sealed class ItemComparer : IEqualityComparer<object?>
    {
        public static readonly ItemComparer Instance = new();
        public new bool Equals(object? x, object? y) => SameValue(x, y);
        public int GetHashCode(object? obj) => 0;
    }

    [Trait("Category", "Slow")] // two builds of the sample plans, every page parsed twice
    [Fact]
    public void The_sample_site_s_pages_are_the_same_with_Scriban_s_reflection_accessor()
    {
        using var reflection = BuildSamples((_, scriban, _) => scriban);
        using var delegates = BuildSamples((_, _, ours) => ours);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var pages = Directory.EnumerateFiles(reflection.Output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(reflection.Output, f)).Order().ToList();
        Assert.True(pages.Count >= 40, $"only {pages.Count} pages");
        Assert.Equal(pages, Directory.EnumerateFiles(delegates.Output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(delegates.Output, f)).Order());
        foreach (var page in pages)
        {
            var before = parser.ParseDocument(File.ReadAllText(Path.Combine(reflection.Output, page)));
            var after = parser.ParseDocument(File.ReadAllText(Path.Combine(delegates.Output, page)));
            Assert.True(before.Body!.TextContent.Length > 0, page);
            Assert.Equal(before.DocumentElement.OuterHtml, after.DocumentElement.OuterHtml);
        }
    }

    public class Parent
    {
        public string Name { get; init; } = "parent";
        public virtual int Count => 1;
        [ScriptMemberIgnore] public string Hidden => "hidden";
        public string this[int i] => i.ToString();
        public string SetOnly { set { } }
        public static string Static => "static";
        internal string Internal => "internal";
    }

    public sealed class Child : Parent
    {
        public string Field = "field";
        public new string Name => "child";
        public override int Count => 2;
        public DateOnly Day => new(2026, 12, 7);
        public ReadOnlySpan<char> Span => "span";
    }

    [Fact]
    public void A_derived_model_s_members_are_Scriban_s_own_hidden_ignored_indexed_static_fields_and_spans_included()
    {
        var child = new Child();
        var context = new HtmlTemplateContext(null!, new Dictionary<string, Template>());
        var accessor = Assert.IsType<ModelAccessor>(context.GetMemberAccessor(child));
        var reference = new TypedObjectAccessor(typeof(Child), null, StandardMemberRenamer.Default);
        var span = new SourceSpan();
        Assert.Equal(reference.GetMembers(context, span, child), accessor.GetMembers(context, span, child));
        Assert.Equal(["count", "day", "name"], accessor.DelegateMembers.Order(StringComparer.Ordinal));
        foreach (var (name, value) in new (string, object)[] { ("name", "child"), ("count", 2), ("day", new DateOnly(2026, 12, 7)), ("field", "field") })
        {
            Assert.True(accessor.TryGetValue(context, span, child, name, out var read));
            Assert.Equal(value, read);
        }
        Assert.False(accessor.TryGetValue(context, span, child, "hidden", out _));
        Assert.True(accessor.HasIndexer);
        // The template sees them as before.
        context.PushGlobal(new ScriptObject { ["m"] = child });
        context.RenderInPlace(Template.Parse("{{ m.name }} {{ m.count + 1 }} {{ m.field }} {{ m[3] }} {{ m.hidden }}|"));
        Assert.Equal("child 3 field 3 |", System.Text.Encoding.UTF8.GetString(context.TakeUtf8Output()));
    }
}
