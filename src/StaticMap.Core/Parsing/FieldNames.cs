using System.Globalization;
using System.Text;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Parsing;

/// <summary>A field name StaticMap does not know, and the known one it is most likely meant as.</summary>
/// <param name="Field">The known field.</param>
/// <param name="Translated">The name written is that field's name in Spanish ('responsable:' for 'responsible:'): field names
/// are English in every file, a plan in Spanish or a translation alike.</param>
public sealed record FieldGuess(string Field, bool Translated);

/// <summary>
/// What an unknown field name was meant as (MAP015, and MAP010 when the field meant is required and missing): a slip of a
/// known name ('responsibel'), or the name written in Spanish ('responsable', 'unidad', 'línea_base'), which authors of a
/// Spanish plan or translation write because the values around it are Spanish.
/// </summary>
public static class FieldNames
{
    /// <summary>Field names as a Spanish-speaking author writes them (without accents, '_' for spaces and hyphens), by the
    /// English names they stand for: the first of these a mapping knows is the one meant.</summary>
    private static readonly Dictionary<string, string[]> Spanish = new(StringComparer.Ordinal)
    {
        ["responsable"] = ["responsible"], ["responsables"] = ["responsible"],
        ["nombre"] = ["name"], ["fuente"] = ["source"], ["frecuencia"] = ["frequency"], ["unidad"] = ["unit"],
        ["direccion"] = ["direction", "address"], ["sentido"] = ["direction"],
        ["linea_base"] = ["baseline"], ["linea_de_base"] = ["baseline"], ["base"] = ["baseline"], ["punto_de_partida"] = ["baseline"],
        ["meta"] = ["target"], ["objetivo"] = ["target"], ["valor"] = ["value"], ["ano"] = ["year"], ["anio"] = ["year"],
        ["mide"] = ["measures"], ["medida"] = ["measures"], ["desagregar_por"] = ["disaggregate_by"], ["desglose"] = ["disaggregate_by"],
        ["metrica"] = ["metric"], ["subgrupo"] = ["subgroup"], ["subgrupos"] = ["subgroups"], ["archivo"] = ["file"],
        ["etiqueta"] = ["label"], ["conclusion"] = ["takeaway"], ["comparar"] = ["compare"],
        ["titulo"] = ["title"], ["resumen"] = ["summary"], ["texto"] = ["text"], ["nota"] = ["note"], ["estado"] = ["status", "state"],
        ["indicador"] = ["indicator"], ["indicadores"] = ["indicators"], ["actualizaciones"] = ["updates"],
        ["publicado"] = ["published"], ["borrador"] = ["draft"], ["componente"] = ["component"], ["idioma"] = ["language"],
        ["traducciones"] = ["translations"], ["fecha"] = ["date"], ["evento"] = ["event"], ["accion"] = ["action"],
        ["recursos"] = ["resources"], ["plazo"] = ["timeline"], ["cronologia"] = ["timeline"], ["calendario"] = ["timeline"],
        ["vision"] = ["vision"], ["supuestos"] = ["assumptions"], ["condiciones_previas"] = ["preconditions"],
        ["precondiciones"] = ["preconditions"], ["resultados"] = ["outcomes"], ["insumos"] = ["inputs"], ["recursos_iniciales"] = ["inputs"],
        ["actividades"] = ["activities"], ["productos"] = ["outputs"], ["pilar"] = ["pillar"], ["rol"] = ["role"], ["papel"] = ["role"],
        ["sector"] = ["sector"], ["correo"] = ["email"], ["correo_electronico"] = ["email"], ["contacto"] = ["contact"],
        ["coalicion"] = ["coalition"], ["jurisdiccion"] = ["jurisdiction"], ["tipo"] = ["type"],
        ["publicacion"] = ["released"], ["lanzamiento"] = ["released"],
    };

    /// <summary>The known field <paramref name="written"/> is most likely meant as, or null when none is close.</summary>
    public static FieldGuess? Guess(string written, IReadOnlyList<string> known)
    {
        if (Spanish.TryGetValue(Normalize(written), out var meant) && meant.FirstOrDefault(known.Contains) is { } field
            && !string.Equals(field, written, StringComparison.OrdinalIgnoreCase))
            return new FieldGuess(field, true);
        return Spelling.Closest(written, known) is { } closest ? new FieldGuess(closest, false) : null;
    }

    /// <summary>"Línea de base" → "linea_de_base": lower case, without accents, '_' for spaces and hyphens.</summary>
    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is ' ' or '-' ? '_' : c);
        }
        return sb.ToString();
    }
}
