#!/usr/bin/env bash
# Makes the flash guard's test videos (committed, so CI needs no ffmpeg). Run from this folder with
# Debian's ffmpeg: bash make.sh. VP8 WebM, 640x360 unless said; every flashing one starts with 1.5 s
# of steady dark grey, so the onset of flashing is at media time 1.5 s.
set -euo pipefail
enc=(-c:v libvpx -b:v 200k -auto-alt-ref 0 -an -y)
yuv() { ffmpeg -hide_banner -loglevel error -f lavfi -i "color=c=black:s=${3:-640x360}:r=${4:-30}:d=$2" -vf "format=yuv420p,geq=lum='$1':cb=128:cr=128" "${enc[@]}" "$5"; }
rgb() { ffmpeg -hide_banner -loglevel error -f lavfi -i "color=c=black:s=640x360:r=$4:d=$5" -vf "format=gbrp,geq=r='$1':g='$2':b='$3',format=yuv420p" "${enc[@]}" "$6"; }

# Black and white, 5 flashes a second (a transition every 0.1 s) from 1.5 s.
yuv 'if(lt(T,1.5),60,if(mod(floor((T-1.5)*10+0.01),2),16,235))' 8 640x360 30 strobe-bw.webm
# Saturated red against the grey of equal luminance, 6 flashes a second (24 fps, a transition every 2 frames).
red='if(lt(T,1.5),0,mod(floor((T-1.5)*12+0.01),2))'
rgb "if($red,255,if(lt(T,1.5),50,127))" "if($red,0,if(lt(T,1.5),50,127))" "if($red,0,if(lt(T,1.5),50,127))" 24 8 strobe-red.webm
# Allowed: black and white, one flash a second.
yuv 'if(lt(mod(T,1),0.5),235,16)' 6 640x360 30 allowed-1hz.webm
# Allowed: a 10 flashes/s strobe over 5 % of the picture (144 x 80 px of 640 x 360), dark grey elsewhere.
yuv 'if(between(X,248,391)*between(Y,140,219),if(mod(floor(T*20+0.01),2),16,235),60)' 6 640x360 30 allowed-small.webm
# Allowed: scene cuts (at 1.5, 3 and 4.5 s) and a fade to black and back (6-8 s).
yuv 'if(lt(T,1.5),40+X/5,if(lt(T,3),230-Y/4,if(lt(T,4.5),30+Y/3,if(lt(T,6),220-X/8,16+(219*abs(T-7))))))' 8 640x360 30 allowed-cuts.webm
# Bench: an ordinary 1280 x 720 video (moving test pattern, no flashing), 12 s.
ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=s=1280x720:r=30:d=12" -c:v libvpx -b:v 400k -auto-alt-ref 0 -an -y plain-720p.webm
# Bench: a calm 1280 x 720 video (still colour bars, a 160 px square gliding to and fro, as a slide with
# a pointer or a lecture), 12 s.
ffmpeg -hide_banner -loglevel error -f lavfi -i "smptehdbars=s=1280x720:r=30:d=12" -vf "drawbox=x='560+400*sin(t)':y=280:w=160:h=160:color=white@1:t=fill" -c:v libvpx -b:v 400k -auto-alt-ref 0 -an -y calm-720p.webm
ls -l *.webm
