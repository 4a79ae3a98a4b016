namespace Hub.Web.Challenges;

internal sealed record TextInput(string Text);
