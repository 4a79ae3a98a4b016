using QRCoder;

namespace Hub.Web.Shared;

internal static class QrCodes
{
    /// <summary>An SVG QR code of the address, for screens and print.</summary>
    public static byte[] Svg(string address)
    {
        using var data = QRCodeGenerator.GenerateQrCode(address, QRCodeGenerator.ECCLevel.M);
        return System.Text.Encoding.UTF8.GetBytes(new SvgQRCode(data).GetGraphic(8));
    }
}
