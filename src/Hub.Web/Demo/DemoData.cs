using Hub.Grains.Challenges;
using Hub.Grains.Organisations;
using Hub.Grains.Places;

namespace Hub.Web.Demo;

/// <summary>
/// Demo content drawn from Stockholm's innovation strategy: its meeting places, its partners and
/// the kind of challenges the strategy names. Ids are fixed so a restart finds what it seeded.
/// </summary>
public static class DemoData
{
    public static readonly Guid LiveSessionId = new("6d1f3c2a-0b5e-4f0c-9a57-5e1d0c7a4b01");

    public static readonly Guid EventId = new("7e2a4d3b-1c6f-4a1d-8b68-6f2e1d8b5c01");

    public static readonly (Guid Id, OrganisationProfile Profile)[] Organisations =
    [
        (new Guid("2a7b1e0f-69b5-4d2a-9c2f-4c4e3b8d0f01"), new OrganisationProfile(
            "Utbildningsförvaltningen", OrganisationKind.CityDepartment,
            "Ansvarar för stadens förskoleklasser, grundskolor och gymnasier.", "https://start.stockholm",
            Offers: ["Testmiljöer", "Skolor"], LookingFor: ["Forskning", "Digitala verktyg"])),
        (new Guid("2a7b1e0f-69b5-4d2a-9c2f-4c4e3b8d0f02"), new OrganisationProfile(
            "Trafikkontoret", OrganisationKind.CityDepartment,
            "Planerar och sköter stadens gator, torg och parker.", "https://start.stockholm",
            Offers: ["Data", "Testbäddar"], LookingFor: ["Hållbarhet", "Trafik"])),
        (new Guid("2a7b1e0f-69b5-4d2a-9c2f-4c4e3b8d0f03"), new OrganisationProfile(
            "Stadsledningskontoret", OrganisationKind.CityDepartment,
            "Leder och samordnar stadens utveckling, också innovationsarbetet.", "https://start.stockholm",
            Offers: ["Finansiering", "Expertis"], LookingFor: ["Innovation", "Arbetssätt"])),
        (new Guid("2a7b1e0f-69b5-4d2a-9c2f-4c4e3b8d0f04"), new OrganisationProfile(
            "Vetenskapens Hus", OrganisationKind.NonProfit,
            "Ett center där skolelever möter forskning och forskare.", null,
            Offers: ["Labb", "Expertis", "Forskning"], LookingFor: ["Utbildning", "Jämlikhet"])),
        (new Guid("2a7b1e0f-69b5-4d2a-9c2f-4c4e3b8d0f05"), new OrganisationProfile(
            "Openlab", OrganisationKind.University,
            "En mötesplats där studenter, forskare och samhällets aktörer löser utmaningar tillsammans.", null,
            Offers: ["Labb", "Expertis", "Testbäddar"], LookingFor: ["Innovation", "Hållbarhet", "Trafik"])),
    ];

    public static readonly (Guid Id, int Owner, ChallengeDraft Draft)[] Challenges =
    [
        (new Guid("1c9a0d6e-58a4-4c1f-8f1e-3b3d2a7c9e01"), 0, new ChallengeDraft(
            "Fler elever i forskningsnära lärande",
            "Vetenskapens Hus och skolornas lärare når i dag bara en del av stadens elever med forskningsnära undervisning. Hur kan fler klasser, också från ytterstaden, ta del av laborationer och forskarmöten?",
            "Ett sätt att arbeta som fler skolor kan använda redan nästa läsår.",
            ["Utbildning", "Forskning", "Jämlikhet"], ["Labb", "Expertis"], ChallengeKind.OpenChallenge, null, [])),
        (new Guid("1c9a0d6e-58a4-4c1f-8f1e-3b3d2a7c9e02"), 1, new ChallengeDraft(
            "Tryggare och grönare skolvägar",
            "Många föräldrar skjutsar barnen med bil de sista hundra metrarna. Hur gör vi vägen till skolan så trygg och rolig att fler barn går eller cyklar?",
            "Tre idéer som kan testas vid en pilotskola i vår.",
            ["Hållbarhet", "Trafik", "Barn och unga"], ["Testbäddar", "Data"], ChallengeKind.OpenChallenge, null, [])),
        (new Guid("1c9a0d6e-58a4-4c1f-8f1e-3b3d2a7c9e03"), 2, new ChallengeDraft(
            "Från idé till införande: innovationsslussar i förvaltningen",
            "Medarbetare har idéer som förbättrar verksamheten men vet inte vart de ska vända sig. Hur ska en innovationssluss med innovationscoacher fungera så att goda idéer prövas och sprids?",
            "En modell för innovationsslussen som nämnderna kan pröva under året.",
            ["Innovation", "Arbetssätt", "Kompetens"], ["Expertis", "Finansiering"], ChallengeKind.ProcurementNeed, null, [])),
    ];

    public static readonly (Guid Id, MeetingPlaceProfile Profile)[] Places =
    [
        (new Guid("3b8c2f10-7ac6-4e3b-ad30-5d5f4c9e1a01"), new MeetingPlaceProfile(
            "Openlab", PlaceKind.Physical, "Valhallavägen 79, Stockholm", 120,
            "Entré i markplan, hiss, hörslinga i stora salen.", "Öppen verkstad och mötesplats för lärosäten, staden och regionen.")),
        (new Guid("3b8c2f10-7ac6-4e3b-ad30-5d5f4c9e1a02"), new MeetingPlaceProfile(
            "Vetenskapens Hus", PlaceKind.Physical, "Roslagstullsbacken 21, Stockholm", 200,
            "Ramp vid entrén, hiss till alla våningar.", "Laboratorier och föreläsningssalar för skolklasser.")),
        (new Guid("3b8c2f10-7ac6-4e3b-ad30-5d5f4c9e1a03"), new MeetingPlaceProfile(
            "Digitalt rum", PlaceKind.Digital, "https://meet.example.se/innovationshubben", 500,
            "Textning och skärmläsarstöd i videomötet.", "Stadens rum för digitala idéjam.")),
    ];

    public const string EventTitle = "Idédag om forskningsnära lärande";
    public const string LiveSessionTitle = "Idéjam: forskningsnära lärande för alla";
    public const string LiveSessionVenue = "Openlab, Valhallavägen 79";
}
