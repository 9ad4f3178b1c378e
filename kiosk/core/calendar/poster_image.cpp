// kiosk/core/calendar/poster_image.cpp — poster checks, decoding and re-encoding with Debian's
// libpng (simplified API) and libjpeg-turbo (TurboJPEG): hardened, fuzzed decoders, so untrusted
// bytes never reach a hand-rolled or single-header decoder. Caps come from the header before any
// pixel memory is allocated; every decoder warning counts as damage.
#include "kiosk/core/calendar/poster_image.h"

#include <png.h>
#include <turbojpeg.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiosk {

namespace {

using Kind = PosterError::Kind;

bool IsPng(std::span<const uint8_t> b) {
  static constexpr uint8_t kSig[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  return b.size() >= sizeof kSig && std::equal(std::begin(kSig), std::end(kSig), b.begin());
}
bool IsJpeg(std::span<const uint8_t> b) { return b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF; }

PosterError Damaged(const std::string& detail) {
  return PosterError(Kind::kCorrupt, "海报图片已损坏", "the poster image is damaged: " + detail);
}

struct TjDestroy {
  void operator()(void* handle) const { tjDestroy(handle); }
};
using TjHandle = std::unique_ptr<void, TjDestroy>;

// One decoder for both formats: the size from the header first (so the caller's cap applies
// before any pixel memory), then RGBA pixels.
class Decoder {
 public:
  explicit Decoder(std::span<const uint8_t> bytes) : bytes_(bytes) {
    if (!IsPng(bytes) && !IsJpeg(bytes))
      throw PosterError(Kind::kNotPngOrJpeg, "海报不是 PNG 或 JPEG 图片", "the poster is not a PNG or JPEG image");
    if (IsPng(bytes)) {
      png_.version = PNG_IMAGE_VERSION;
      if (!png_image_begin_read_from_memory(&png_, bytes.data(), bytes.size())) throw Damaged(png_.message);
      width_ = static_cast<int>(std::min<png_uint_32>(png_.width, INT32_MAX));
      height_ = static_cast<int>(std::min<png_uint_32>(png_.height, INT32_MAX));
      has_alpha_ = (png_.format & PNG_FORMAT_FLAG_ALPHA) != 0;
    } else {
      jpeg_.reset(tjInitDecompress());
      if (!jpeg_) throw PosterError(Kind::kUnreadable, "海报无法读取", "the poster cannot be read: out of memory");
      if (bytes.size() > static_cast<size_t>(UINT32_MAX)) throw Damaged("too long");
      int subsampling = 0;
      if (tjDecompressHeader3(jpeg_.get(), bytes.data(), static_cast<unsigned long>(bytes.size()), &width_, &height_,
                              &subsampling, &colorspace_) != 0)
        throw Damaged(tjGetErrorStr2(jpeg_.get()));
    }
    if (width_ <= 0 || height_ <= 0) throw Damaged("no pixels");
  }
  ~Decoder() { png_image_free(&png_); }  // nothing to free once finished or never begun
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  int width() const { return width_; }
  int height() const { return height_; }
  bool png() const { return jpeg_ == nullptr; }
  bool has_alpha() const { return has_alpha_; }

  std::vector<uint8_t> Rgba() {
    std::vector<uint8_t> rgba(static_cast<size_t>(width_) * static_cast<size_t>(height_) * 4);
    if (png()) {
      png_.format = PNG_FORMAT_RGBA;
      if (!png_image_finish_read(&png_, nullptr, rgba.data(), 0, nullptr)) throw Damaged(png_.message);
      return rgba;
    }
    // Print shops send CMYK (Adobe-inverted) JPEGs: decoded as CMYK and mixed to RGB here,
    // because libjpeg converts only YCbCr/RGB/grey to RGB.
    const bool cmyk = colorspace_ == TJCS_CMYK || colorspace_ == TJCS_YCCK;
    const int flags = TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS | TJFLAG_ACCURATEDCT;
    if (tjDecompress2(jpeg_.get(), bytes_.data(), static_cast<unsigned long>(bytes_.size()), rgba.data(), width_, 0,
                      height_, cmyk ? TJPF_CMYK : TJPF_RGBA, flags) != 0)
      throw Damaged(tjGetErrorStr2(jpeg_.get()));
    if (cmyk) {
      for (size_t i = 0; i < rgba.size(); i += 4) {
        const unsigned k = rgba[i + 3];
        for (size_t c = 0; c < 3; ++c) rgba[i + c] = static_cast<uint8_t>(rgba[i + c] * k / 255);
        rgba[i + 3] = 255;
      }
    }
    return rgba;
  }

 private:
  std::span<const uint8_t> bytes_;
  png_image png_{};
  TjHandle jpeg_;
  int width_ = 0, height_ = 0, colorspace_ = 0;
  bool has_alpha_ = false;
};

// Averages each destination pixel's source box: good enough for photos scaled down once.
PosterImage Downscale(std::vector<uint8_t> rgba, int w, int h, int max_side) {
  if (std::max(w, h) <= max_side) return PosterImage{w, h, std::move(rgba)};
  const double scale = static_cast<double>(max_side) / std::max(w, h);
  PosterImage out;
  out.width = std::max(1, static_cast<int>(w * scale + 0.5));
  out.height = std::max(1, static_cast<int>(h * scale + 0.5));
  out.rgba.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 4);
  for (int y = 0; y < out.height; ++y) {
    const int y0 = y * h / out.height, y1 = std::max(y0 + 1, (y + 1) * h / out.height);
    for (int x = 0; x < out.width; ++x) {
      const int x0 = x * w / out.width, x1 = std::max(x0 + 1, (x + 1) * w / out.width);
      unsigned sum[4] = {0, 0, 0, 0};
      for (int sy = y0; sy < y1; ++sy)
        for (int sx = x0; sx < x1; ++sx)
          for (int c = 0; c < 4; ++c) sum[c] += rgba[(static_cast<size_t>(sy) * w + sx) * 4 + c];
      const unsigned n = static_cast<unsigned>((y1 - y0) * (x1 - x0));
      for (int c = 0; c < 4; ++c)
        out.rgba[(static_cast<size_t>(y) * out.width + x) * 4 + c] = static_cast<uint8_t>(sum[c] / n);
    }
  }
  return out;
}

std::string EncodePng(const PosterImage& image, bool keep_alpha) {
  std::vector<uint8_t> pixels;
  if (!keep_alpha) {  // an opaque source stays a 3-channel PNG
    pixels.reserve(image.rgba.size() / 4 * 3);
    for (size_t i = 0; i < image.rgba.size(); i += 4) pixels.insert(pixels.end(), &image.rgba[i], &image.rgba[i + 3]);
  }
  png_image png{};
  png.version = PNG_IMAGE_VERSION;
  png.width = static_cast<png_uint_32>(image.width);
  png.height = static_cast<png_uint_32>(image.height);
  png.format = keep_alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
  const void* source = keep_alpha ? image.rgba.data() : pixels.data();
  png_alloc_size_t size = 0;
  if (!png_image_write_to_memory(&png, nullptr, &size, 0, source, 0, nullptr)) return {};
  std::string out(size, '\0');
  if (!png_image_write_to_memory(&png, out.data(), &size, 0, source, 0, nullptr)) return {};
  out.resize(size);
  return out;
}

std::string EncodeJpeg(const PosterImage& image) {
  TjHandle handle(tjInitCompress());
  if (!handle) return {};
  unsigned char* jpeg = nullptr;
  unsigned long size = 0;
  const int failed = tjCompress2(handle.get(), image.rgba.data(), image.width, 0, image.height, TJPF_RGBA, &jpeg,
                                 &size, TJSAMP_420, 85, 0);
  std::string out = failed ? std::string() : std::string(reinterpret_cast<const char*>(jpeg), size);
  tjFree(jpeg);
  return out;
}

std::string Kilobytes(size_t bytes) { return std::to_string(bytes / 1024) + " KB"; }

}  // namespace

std::string PreparePoster(std::string_view image, PosterInfo* info) {
  if (image.size() > kPosterMaxBytes) {
    const std::string cap = std::to_string(kPosterMaxBytes / 1024 / 1024) + " MB";
    throw PosterError(Kind::kTooManyBytes, "海报文件太大（" + Kilobytes(image.size()) + "，最多 " + cap + "）",
                      "poster file too large (" + Kilobytes(image.size()) + ", at most " + cap + ")");
  }
  const std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(image.data()), image.size());
  Decoder decoder(bytes);
  const int width = decoder.width(), height = decoder.height();
  if (std::max(width, height) > kPosterMaxSide) {
    const std::string size = std::to_string(width) + "×" + std::to_string(height);
    throw PosterError(Kind::kTooLarge, "海报尺寸太大（" + size + "，最长边最多 " + std::to_string(kPosterMaxSide) + "）",
                      "poster too large (" + std::to_string(width) + "x" + std::to_string(height) +
                          ", longest side at most " + std::to_string(kPosterMaxSide) + ")");
  }
  // Decode even when keeping the original: a file whose header is fine but body is not is refused.
  std::vector<uint8_t> rgba = decoder.Rgba();
  if (std::max(width, height) <= kStoredMaxSide && image.size() <= kKeepOriginalBytes) {
    if (info) *info = {width, height, decoder.png()};
    return std::string(image);
  }
  const PosterImage scaled = Downscale(std::move(rgba), width, height, kStoredMaxSide);
  const std::string out = decoder.png() ? EncodePng(scaled, decoder.has_alpha()) : EncodeJpeg(scaled);
  if (out.empty()) throw PosterError(Kind::kCorrupt, "海报无法重新编码", "poster cannot be re-encoded");
  if (info) *info = {scaled.width, scaled.height, decoder.png()};
  return out;
}

PosterImage DecodePoster(std::span<const uint8_t> bytes, const PosterLimits& limits) {
  if (bytes.empty()) throw PosterError(Kind::kEmpty, "海报为空", "the poster is empty");
  if (bytes.size() > limits.max_bytes)
    throw PosterError(Kind::kTooManyBytes, "海报文件过大（" + std::to_string(bytes.size()) + " 字节）",
                      "poster too big (" + std::to_string(bytes.size()) + " bytes)");
  Decoder decoder(bytes);
  const int w = decoder.width(), h = decoder.height();
  if (w > limits.max_source_side || h > limits.max_source_side)
    throw PosterError(Kind::kTooLarge, "海报尺寸过大（" + std::to_string(w) + "x" + std::to_string(h) + "）",
                      "poster dimensions too large (" + std::to_string(w) + "x" + std::to_string(h) + ")");
  return Downscale(decoder.Rgba(), w, h, limits.max_display_side);
}

}  // namespace kiosk
