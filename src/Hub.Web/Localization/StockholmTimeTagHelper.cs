using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hub.Web.Localization;

/// <summary>
/// <c>&lt;stockholm-time value="@start" shown="Date" /&gt;</c> renders a <c>&lt;time&gt;</c> with the
/// moment in Stockholm, so no page can show the server's zone by mistake.
/// </summary>
[HtmlTargetElement("stockholm-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StockholmTimeTagHelper : TagHelper
{
    public DateTimeOffset Value { get; set; }

    public TimeShown Shown { get; set; } = TimeShown.DateAndTime;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", StockholmTime.In(Value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        output.Content.SetContent(StockholmTime.Format(Value, Shown));
    }
}
