"""Generate Talentdesk app icons: a white "T" monogram on a rounded indigo square."""
from PIL import Image, ImageDraw, ImageFilter
import os, sys
out = sys.argv[1]
S = 1024  # master size, downscaled for every output

def master():
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    # vertical gradient from indigo to teal, clipped by a rounded-square mask
    grad = Image.new("RGBA", (S, S))
    top, bot = (79, 70, 229), (13, 148, 136)
    d = ImageDraw.Draw(grad)
    for y in range(S):
        t = y / (S - 1)
        d.line([(0, y), (S, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bot)) + (255,))
    margin = 64
    mask = Image.new("L", (S, S), 0)
    ImageDraw.Draw(mask).rounded_rectangle([margin, margin, S - margin, S - margin], radius=200, fill=255)
    # soft drop shadow
    shadow = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).rounded_rectangle([margin, margin + 18, S - margin, S - margin + 18], radius=200, fill=(0, 0, 0, 90))
    shadow = shadow.filter(ImageFilter.GaussianBlur(18))
    img.alpha_composite(shadow)
    img.paste(grad, (0, 0), mask)
    # the "T": crossbar and stem with rounded ends
    d = ImageDraw.Draw(img)
    white = (255, 255, 255, 255)
    bar_h = 130
    d.rounded_rectangle([262, 280, S - 262, 280 + bar_h], radius=bar_h // 2, fill=white)
    stem_w = 140
    cx = S // 2
    d.rounded_rectangle([cx - stem_w // 2, 300, cx + stem_w // 2, 760], radius=stem_w // 2, fill=white)
    # small accent dot (a "desk" light) to make it ours
    d.ellipse([cx + 150, 640, cx + 250, 740], fill=(250, 204, 21, 255))
    return img

m = master()
def save(name, px):
    m.resize((px, px), Image.LANCZOS).save(os.path.join(out, name))
save("32x32.png", 32)
save("128x128.png", 128)
save("128x128@2x.png", 256)
save("icon.png", 512)
m.resize((256, 256), Image.LANCZOS).save(os.path.join(out, "icon.ico"), sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
m.save(os.path.join(out, "icon.icns"))
