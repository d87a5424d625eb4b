using System.Collections.Frozen;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Model;

/// <summary>
/// One layer's part of a component kind: its parser (Parsing/Components), schema (Schemas/Components), view
/// (Rendering/Components) or scaffold text (Scaffolding/Components). Each part says which kind it belongs to.
/// </summary>
public interface IComponentPart
{
    ComponentKind Kind { get; }
}

/// <summary>A component kind: its identity and one part for each layer that handles components.</summary>
public sealed record ComponentDescriptor(ComponentKind Kind, IReadOnlyList<IComponentPart> Parts);

/// <summary>
/// The component kinds a build knows, each with its parts, in the kinds' order. StaticMap's own are registered by
/// <c>StaticMapBuilder.UseComponentKinds()</c> (the list is <c>Scaffolding/Components/CoreComponentKinds</c>); a build
/// whose registry has more (<c>SiteOptions.Registry</c>) parses, checks, renders and describes in its schema those too.
/// Every stage asks the registry for a kind's part, and a kind it does not hold is an error, never another kind.
/// </summary>
public sealed class ComponentRegistry
{
    private readonly FrozenDictionary<string, ComponentKind> _bySlug;
    private readonly Dictionary<(ComponentKind Kind, Type Part), IComponentPart> _parts = [];

    public ComponentRegistry(IEnumerable<ComponentDescriptor> descriptors)
    {
        Descriptors = descriptors.OrderBy(d => d.Kind.Order).ToList();
        Kinds = Descriptors.Select(d => d.Kind).ToList();
        var slugs = Kinds.GroupBy(k => k.Slug, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (slugs is not null) throw new ArgumentException($"two component kinds have the slug '{slugs.Key}'", nameof(descriptors));
        _bySlug = Kinds.ToFrozenDictionary(k => k.Slug, StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in Descriptors)
        {
            foreach (var part in descriptor.Parts)
            {
                if (part.Kind != descriptor.Kind)
                    throw new ArgumentException($"{part.GetType().Name} is a part of '{part.Kind.Slug}', not of '{descriptor.Kind.Slug}'", nameof(descriptors));
                foreach (var role in part.GetType().GetInterfaces().Where(i => i != typeof(IComponentPart) && typeof(IComponentPart).IsAssignableFrom(i)))
                {
                    if (!_parts.TryAdd((descriptor.Kind, role), part))
                        throw new ArgumentException($"'{descriptor.Kind.Slug}' has two {role.Name} parts: {_parts[(descriptor.Kind, role)].GetType().Name} and {part.GetType().Name}", nameof(descriptors));
                }
            }
        }
    }

    /// <summary>Every kind, in order.</summary>
    public IReadOnlyList<ComponentKind> Kinds { get; }

    public IReadOnlyList<ComponentDescriptor> Descriptors { get; }

    /// <summary>The values 'component:' may have, in order.</summary>
    public IReadOnlyList<string> Slugs => Kinds.Select(k => k.Slug).ToList();

    /// <summary>This registry and <paramref name="more"/> kinds.</summary>
    public ComponentRegistry With(params ComponentDescriptor[] more) => new([.. Descriptors, .. more]);

    /// <summary>The kind 'component:' names (any letter case, spaces around ignored).</summary>
    public bool TryFind(string slug, out ComponentKind kind) => _bySlug.TryGetValue(slug.Trim(), out kind!);

    /// <summary>The kind's part for one layer, e.g. <c>Part&lt;IComponentParser&gt;(kind)</c>; a kind without one is a bug in its descriptor.</summary>
    public T Part<T>(ComponentKind kind) where T : class, IComponentPart
    {
        if (!Kinds.Contains(kind)) throw new InvalidOperationException($"the component kind '{kind.Slug}' is not in this registry");
        return _parts.TryGetValue((kind, typeof(T)), out var part)
            ? (T)part
            : throw new InvalidOperationException($"the component kind '{kind.Slug}' has no {typeof(T).Name}; add one to its descriptor");
    }

    /// <summary>Whether the kind has a part for one layer.</summary>
    public bool Has<T>(ComponentKind kind) where T : class, IComponentPart => _parts.ContainsKey((kind, typeof(T)));
}
