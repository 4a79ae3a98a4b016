using Microsoft.Extensions.Localization;

namespace Hub.Web.Localization;

/// <summary>
/// Counted texts, each written twice: for one and for any other number. Swedish and English share
/// the CLDR rule that picks between them (one: the integer 1), so the rule is written once, here;
/// the browser's scripts ask <c>Intl.PluralRules</c> the same.
/// </summary>
internal static class Plurals
{
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string one, string other) =>
        localizer[count == 1 ? one : other, count];
}
