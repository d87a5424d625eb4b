using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace StaticMap.Core.Rendering.Html;

/// <summary>
/// How the templates read a page model's members (<c>page.title</c>) without reflection: Scriban's own
/// <see cref="TypedObjectAccessor"/> lists a model type's members (fields and properties, inherited ones, renamed to
/// snake_case) and reads each through <see cref="PropertyInfo.GetValue(object)"/>, a reflection call per read (and a
/// run-time-compiled invoke stub per property). This accessor lists exactly the same members (it asks Scriban's
/// accessor for them) and reads each property through a delegate bound to its getter, made once per type for the whole
/// process. Everything else (the member list, <c>HasMember</c>, indexers, assignments, fields) is Scriban's accessor's
/// (docs/performance.md, "fifth session, templates2").
/// </summary>
internal sealed class ModelAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ModelAccessor> ByType = new();
    private static readonly MethodInfo MakeGetterMethod = typeof(ModelAccessor).GetMethod(nameof(MakeGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly TypedObjectAccessor _scriban;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private ModelAccessor(TypedObjectAccessor scriban, Dictionary<string, Func<object, object?>> getters)
    {
        _scriban = scriban;
        _getters = getters;
    }

    /// <summary>The accessor of <paramref name="type"/>, a type Scriban reads with a <see cref="TypedObjectAccessor"/> made
    /// with no member filter and the standard renamer; made once per type.</summary>
    internal static ModelAccessor For(Type type, TypedObjectAccessor scriban) =>
        ByType.TryGetValue(type, out var made) ? made : ByType.GetOrAdd(type, new ModelAccessor(scriban, Getters(type)));

    /// <summary>The names the templates read through a delegate (the properties; fields are read by Scriban's accessor).</summary>
    internal IReadOnlyCollection<string> DelegateMembers => _getters.Keys;

    /// <summary>
    /// A delegate per readable property, under the name <see cref="TypedObjectAccessor"/> gives it: the type's own
    /// members before its base types', fields before properties at each level, the first member of a name kept, members
    /// marked <see cref="ScriptMemberIgnoreAttribute"/>, static, non-public or indexed left out.
    /// </summary>
    private static Dictionary<string, Func<object, object?>> Getters(Type type)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // A struct's getter cannot be bound to an object argument: Scriban's accessor reads its members.
        if (type.IsValueType) return getters;
        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly;
        for (var level = type; level is not null; level = level.BaseType)
        {
            foreach (var field in level.GetFields(declared))
                if (field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && !field.IsStatic && field.IsPublic && !field.IsLiteral)
                    taken.Add(Name(field));
            foreach (var property in level.GetProperties(declared))
            {
                var get = property.GetMethod;
                if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null || !property.CanRead || get is null || get.IsStatic || !get.IsPublic
                    || property.GetIndexParameters().Length > 0)
                    continue;
                var name = Name(property);
                if (!taken.Add(name)) continue;
                // A ref or span value cannot be a type argument: Scriban's accessor reads it, as before.
                if (get.ReturnType.IsByRef || get.ReturnType.IsByRefLike || get.ReturnType.IsPointer || get.ReturnType == typeof(void)) continue;
                getters[name] = (Func<object, object?>)MakeGetterMethod.MakeGenericMethod(get.DeclaringType!, get.ReturnType).Invoke(null, [get])!;
            }
            if (level.BaseType == typeof(object)) break;
        }
        return getters;
    }

    private static string Name(MemberInfo member) => StandardMemberRenamer.Default(member) is { Length: > 0 } renamed ? renamed : member.Name;

    private static Func<object, object?> MakeGetter<TTarget, TValue>(MethodInfo get) where TTarget : class
    {
        var read = get.CreateDelegate<Func<TTarget, TValue>>();
        return target => read((TTarget)target);
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        return _scriban.TryGetValue(context, span, target, member, out value);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scriban.GetMemberCount(context, span, target);
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scriban.GetMembers(context, span, target);
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _scriban.HasMember(context, span, target, member);
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => _scriban.TrySetValue(context, span, target, member, value);
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => _scriban.TryGetItem(context, span, target, index, out value);
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => _scriban.TrySetItem(context, span, target, index, value);
    public bool HasIndexer => _scriban.HasIndexer;
    public Type? IndexType => _scriban.IndexType;
}
