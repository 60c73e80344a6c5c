#!/usr/bin/env bash
# Makes the sample films of content/media/ (committed: CI does not run this script).
#
#   sudo apt-get install -y ffmpeg   # Debian 12: ffmpeg 5.1, with libvpx, libopus, libfreetype
#   bash scripts/make-media.sh       # from packages/film-festival
#
# Each film: a coloured title card (3 s, 320×180, 15 images/s) with a tone, in WebM (VP8 + Opus),
# well under 100 KB, because Debian's Chromium plays WebM (H.264 MP4 may not play there); a
# poster (WebP, 320×180, from the same card); French captions (WebVTT) written below.
# The posters are also written into content/festival-du-film-court.json as data: addresses
# (see docs/festival.md, « Les exemples ») by scripts/posters.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=content/media
mkdir -p "$out"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# id | colour | tone (Hz) | title on the card | caption lines (|| separates the cues)
films=(
  "le-velo-de-nour|0x1d4e89|440|Le vélo de Nour|Nour : Quelqu’un a vu mon vélo ?||[Sonnerie de vélo au loin]||Sami : Il est derrière le centre !"
  "mon-quartier-en-couleurs|0x7a1f5c|523|Mon quartier en couleurs|Voix off : Voici notre quartier, en couleurs.||[Musique douce]||Voix off : Chaque mur raconte une histoire."
  "la-recette-de-mamie|0x2f6b2f|392|La recette de Mamie|Lina : Mamie, c’est quoi le secret ?||[Bruit de casserole]||Mamie : De la patience, ma chérie."
  "le-bruit-du-silence|0x5a3d1a|330|Le bruit du silence|[Silence, puis un battement de cœur]||Yanis : Parfois, on n’ose pas parler.||Yanis : Alors on écrit."
)

for spec in "${films[@]}"; do
  IFS='|' read -r id colour tone title captions <<<"$spec"
  label=${title//:/\\:}
  card="color=c=${colour}:s=320x180:r=15:d=3,drawtext=fontfile=${font}:text='${label}':fontcolor=white:fontsize=22:x=(w-text_w)/2:y=(h-text_h)/2"
  ffmpeg -loglevel error -y -f lavfi -i "$card" -f lavfi -i "sine=frequency=${tone}:duration=3:sample_rate=48000" \
    -c:v libvpx -b:v 80k -auto-alt-ref 0 -c:a libopus -b:a 24k -ac 1 -shortest "$out/${id}.webm"
  ffmpeg -loglevel error -y -f lavfi -i "${card},trim=end_frame=1" -frames:v 1 -c:v libwebp -quality 60 "$out/${id}.webp"
  # Captions: one cue a second.
  {
    echo "WEBVTT"
    echo "Kind: captions"
    echo "Language: fr"
    i=0
    while IFS= read -r line; do
      [ -z "$line" ] && continue
      echo
      printf '00:00:0%d.000 --> 00:00:0%d.900\n' "$i" "$i"
      echo "$line"
      i=$((i + 1))
    done < <(echo "$captions" | sed 's/||/\n/g')
  } >"$out/${id}.fr.vtt"
done
ls -l "$out"
