using System.Net;
using System.Net.WebSockets;
using Hub.LoadTest.Protocol;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.LoadTest.Clients;

/// <summary>Opens SignalR connections to one hub URL over WebSockets with the JSON protocol, as the Hub's own pages do.</summary>
public sealed class HubEndpoint(Uri hubUrl, CookieContainer? cookies = null)
{
    public Uri Url => hubUrl;

    public HubConnection Create() =>
        new HubConnectionBuilder()
            .WithUrl(hubUrl, HttpTransportType.WebSockets, options =>
            {
                // WebSockets only, so the negotiate round trip buys nothing.
                options.SkipNegotiation = true;
                if (cookies is not null)
                {
                    options.Cookies = cookies;
                }

                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var socket = new ClientWebSocket();
                    if (cookies is not null)
                    {
                        socket.Options.Cookies = cookies;
                    }

                    await socket.ConnectAsync(context.Uri, cancellationToken);
                    return new CountingWebSocket(socket);
                };
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.TypeInfoResolverChain.Insert(0, WireJson.Default))
            .WithServerTimeout(TimeSpan.FromSeconds(60))
            .Build();
}
