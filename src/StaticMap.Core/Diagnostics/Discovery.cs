using System.Reflection;

namespace StaticMap.Core.Diagnostics;

/// <summary>Finds what is dropped into a seam (rules, component parsers and views, page and file kinds), so adding one never means editing a list.</summary>
public static class Discovery
{
    /// <summary>One of every concrete class in StaticMap.Core that is a <typeparamref name="T"/>, by class name: its static Instance when it has one.</summary>
    public static IReadOnlyList<T> All<T>() where T : class =>
        typeof(Discovery).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (T)(t.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) ?? Activator.CreateInstance(t)!))
            .ToList();
}
