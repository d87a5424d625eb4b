namespace StaticMap.Bench.CorpusGenerator;

/// <summary>
/// The Spanish sentence bank for the translated plans (every fourth plan is published in English and Spanish, as the
/// sample Alameda County plan is): narratives of the same shape and length as the English ones, so that a build pays
/// for a second language the way a real bilingual portal does.
/// </summary>
public static class SpanishProse
{
    public static readonly string[] Sentences =
    [
        "Cuando la coalición revisó por primera vez las métricas de movilidad de {J}, las brechas por raza y origen étnico saltaron a la vista.",
        "Los residentes nos dijeron que los obstáculos que enfrentan sus familias están conectados, y que los programas rara vez los tratan así.",
        "Elegimos centrarnos en {S} porque las familias dijeron que ahí querían que el condado actuara primero.",
        "La organización {P} se sumó al trabajo en {Y} y ha participado en cada decisión desde entonces.",
        "En {Y}, alrededor del {PCT}% de los hogares encuestados dijo que el costo era la razón principal para no participar.",
        "Las conversaciones comunitarias se hicieron en cinco idiomas, con cuidado de niños, comida e interpretación.",
        "Pagamos a los residentes por su tiempo, porque su experiencia vale tanto como la de cualquier consultor.",
        "Los datos mostraron avances en algunos vecindarios y ninguno en otros.",
        "Una madre que no encuentra cuidado infantil no puede aceptar un mejor empleo, y un joven que trabaja de noche para ayudar con la renta se atrasa en la escuela.",
        "La coalición acordó que cada estrategia necesita un socio responsable, un presupuesto y un indicador que podamos reportar cada año.",
        "Nuestras estrategias parten de lo que ya funciona en {J}, en lugar de empezar de cero.",
        "Varios socios ya tenían programas pequeños en esta área; el plan les ayuda a llegar a más familias.",
        "Vamos a medir si la brecha se reduce, no solo si mejora el promedio.",
        "Entre {Y} y {Y2}, el número de familias en listas de espera creció cerca de un {PCT}%.",
        "La organización {P} publicará los datos de cada indicador para que cualquiera pueda revisar nuestro avance.",
        "Algunos de nuestros supuestos pueden resultar equivocados, y los escribimos para poder ponerlos a prueba.",
        "El plan pide a cada socio que comprometa tiempo de su personal, no solo que respalde una estrategia.",
        "Las familias describieron largas esperas, formularios confusos y oficinas que solo abren mientras ellas trabajan.",
        "Los jóvenes pidieron trabajo pagado que se adapte a la escuela y que lleve a algún lado.",
        "Escuchamos una y otra vez que la confianza se gana despacio y se pierde rápido.",
        "Las estrategias que funcionen pasarán de fondos piloto al presupuesto regular del condado y de sus socios.",
        "Cada año publicamos un informe de avance que da un estado a cada indicador, incluidos los que van atrasados.",
        "Unos {N} residentes participaron en al menos una reunión, encuesta o sesión de escucha.",
        "El comité directivo se reúne cada mes, y sus actas son públicas.",
        "Donde las métricas de movilidad tienen una calidad marginal, lo decimos junto al gráfico y las leemos con cuidado.",
        "Esperamos los primeros resultados en dos años, y un cambio duradero tomará una década o más.",
        "El transporte salió en casi todas las conversaciones, porque los empleos y los servicios quedan lejos de donde vive la gente.",
        "El costo de la vivienda subió más rápido que los ingresos durante casi toda la última década, y los inquilinos lo sintieron más.",
        "Cerca de {N} familias participaron en el primer año, más de las que esperábamos.",
        "El avance en {S} ha sido más lento de lo que esperábamos, y explicamos por qué en nuestros informes de avance.",
    ];

    public static readonly string[] Headings =
    [
        "Por qué asumimos este trabajo", "Quiénes participaron", "Lo que hicimos", "Lo que muestran los números",
        "Lo que nos dijeron los residentes", "Cómo creemos que ocurre el cambio", "De los insumos a los resultados",
        "Cómo seguimos el avance", "Quién hace qué", "Hecho para durar", "Personas y recursos", "El poder en manos de la comunidad",
        "Aprender e informar", "Los primeros logros", "Lo que estamos cambiando", "Dónde nos quedamos cortos", "Próximos pasos",
        "Nuestros supuestos", "Primero, escuchar", "Cómo elegimos las estrategias", "Compartir los datos", "Financiar el trabajo",
    ];

    public static readonly string[] ListItems =
    [
        "Cuidado infantil que cuesta tanto como la renta", "Pocos proveedores que hablen el idioma de las familias",
        "Empleos que no alcanzan para mantener a una familia", "Trayectos largos en autobuses poco frecuentes",
        "Rentas que suben más rápido que los salarios", "Clínicas con largas listas de espera",
        "Familias sin internet en casa", "Formularios que solo están en línea", "Programas que terminan cuando se acaba una subvención",
        "Organizaciones comunitarias de confianza que trabajan sin fondos públicos", "Jóvenes líderes listos para asumir más",
    ];

    public static readonly string[] Steps =
    [
        "Revisar las métricas de movilidad con los socios", "Hacer conversaciones comunitarias", "Acordar una visión",
        "Elegir estrategias para cada pilar", "Escribir el modelo lógico", "Acordar indicadores, responsables y fuentes",
        "Compartir el borrador con los residentes y revisarlo", "Publicar el plan e informar sobre él cada año",
    ];

    public static readonly string[] ListIntros = ["Las familias describieron:", "Escuchamos sobre:", "Los principales obstáculos fueron:"];

    public static readonly string[] LinkIntros = ["Lea nuestro documento de", "Consulte el apartado de", "Hay más detalles en", "Lo explicamos en"];
}
