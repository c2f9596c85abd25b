"""Draws the 公告 tab icons (81x81 RGBA PNGs, grey and red) like src/assets/tab/*.png: a filled
glyph, here a notice sheet with text lines cut out and a pin at the top. Standard library only."""
import struct, zlib, sys, os

SIZE = 81

def inside(x, y):
    sheet = 16 <= x <= 64 and 14 <= y <= 72
    pin = (x - 40) ** 2 + (y - 12) ** 2 <= 49
    lines = 24 <= x <= 56 and any(a <= y <= a + 4 for a in (28, 40, 52)) and not (y >= 52 and x > 46)
    return (sheet and not lines) or pin

def png(color):
    r, g, b = color
    rows = b''
    for y in range(SIZE):
        rows += b'\x00' + b''.join(struct.pack('4B', r, g, b, 255 if inside(x, y) else 0) for x in range(SIZE))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

out = sys.argv[1] if len(sys.argv) > 1 else 'src/assets/tab'
for name, color in (('notices.png', (0x6b, 0x6b, 0x6b)), ('notices-active.png', (0xc8, 0x16, 0x1d))):
    with open(os.path.join(out, name), 'wb') as f:
        f.write(png(color))
