using Hub.Grains.Challenges;

namespace Hub.Web.Demo;

/// <summary>
/// Demo content drawn from Stockholm's innovation strategy: its meeting places, its partners and
/// the kind of challenges the strategy names. Ids are fixed so a restart finds what it seeded.
/// </summary>
public static class DemoData
{
    public static readonly Guid LiveSessionId = new("6d1f3c2a-0b5e-4f0c-9a57-5e1d0c7a4b01");

    public static readonly (Guid Id, PostChallenge Challenge)[] Challenges =
    [
        (new Guid("1c9a0d6e-58a4-4c1f-8f1e-3b3d2a7c9e01"), new PostChallenge(
            "Fler elever i forskningsnära lärande",
            "Utbildningsförvaltningen",
            "Vetenskapens Hus och skolornas lärare når i dag bara en del av stadens elever med forskningsnära undervisning. Hur kan fler klasser, också från ytterstaden, ta del av laborationer och forskarmöten?",
            "Ett sätt att arbeta som fler skolor kan använda redan nästa läsår.",
            ["Utbildning", "Forskning", "Jämlikhet"])),
        (new Guid("1c9a0d6e-58a4-4c1f-8f1e-3b3d2a7c9e02"), new PostChallenge(
            "Tryggare och grönare skolvägar",
            "Trafikkontoret",
            "Många föräldrar skjutsar barnen med bil de sista hundra metrarna. Hur gör vi vägen till skolan så trygg och rolig att fler barn går eller cyklar?",
            "Tre idéer som kan testas vid en pilotskola i vår.",
            ["Hållbarhet", "Trafik", "Barn och unga"])),
        (new Guid("1c9a0d6e-58a4-4c1f-8f1e-3b3d2a7c9e03"), new PostChallenge(
            "Från idé till införande: innovationsslussar i förvaltningen",
            "Stadsledningskontoret",
            "Medarbetare har idéer som förbättrar verksamheten men vet inte vart de ska vända sig. Hur ska en innovationssluss med innovationscoacher fungera så att goda idéer prövas och sprids?",
            "En modell för innovationsslussen som nämnderna kan pröva under året.",
            ["Innovation", "Arbetssätt", "Kompetens"])),
    ];

    public const string LiveSessionTitle = "Idéjam: forskningsnära lärande för alla";
    public const string LiveSessionVenue = "Openlab, Valhallavägen 79";
}
