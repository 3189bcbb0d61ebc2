#!/usr/bin/env bash
# The GPU checks, as one script for a lent GPU machine (run from the repository root):
#   1. the CUDA tests (tests/embedders/test_clip_cuda.py: device views, bf16 autocast, batching, micro-batched guard);
#   2. bench/embed.py on CUDA: Embedding-I's loop against ours at equal views, and the full view layout;
#   3. bench/guard_throughput.py on CUDA: verdicts/s of one Guard for 1/16/64 saturating agents.
# Weights are UNTRAINED (no model hub): speed and numerics only, never detection quality.
#
# Needs: python3 with torch (CUDA), torchvision, numpy, pillow, scipy, scikit-learn, safetensors; the rest travels
# as wheels in .whl/ (see bench/RESULTS.md for how they were fetched) and PNG captures in .gpu/pngs/ (rendered
# here with Chromium, which the GPU machine lacks):
#   python -c "import asyncio,sys; sys.path.insert(0,'bench'); import embed; from pathlib import Path; \
#              asyncio.run(embed._render(256, Path('.gpu/pngs')))"
set -uo pipefail
OUT=${OUT:-$(mktemp -d)}
export PYTHONUNBUFFERED=1

nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
if compgen -G ".whl/*.whl" >/dev/null; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
        || { echo "wheel install failed"; exit 1; }
    export PYTHONPATH=/tmp/site:$PWD
else
    export PYTHONPATH=$PWD
fi
python3 -c "import sys, torch, open_clip; print('python', sys.version.split()[0], '| torch', torch.__version__, \
'| cuda', torch.cuda.is_available(), torch.cuda.get_device_name(0), '| open_clip', open_clip.__version__)"
echo "cpu cores: $(nproc)"

echo "== 1. CUDA tests"
timeout 300 python3 -m pytest -p no:cacheprovider -q -m cuda tests/embedders/test_clip_cuda.py 2>&1 \
    | tee "$OUT/pytest_cuda.log" | tail -25

echo "== 2. embed bench (CUDA)"
timeout 240 python3 bench/embed.py --device cuda --png-dir .gpu/pngs --batch 64 --workers 12 --rounds 5 --stages \
    --json "$OUT/embed_cuda.json" 2>&1 | tee "$OUT/embed_cuda.log" | grep -v "^WARNING:root"

echo "== 3. guard throughput (CUDA)"
timeout 240 python3 bench/guard_throughput.py --device cuda --png-dir .gpu/pngs --agents 1 16 64 --checks 512 \
    --max-batch 64 --decode-workers 8 --json "$OUT/throughput_cuda.json" 2>&1 \
    | tee "$OUT/throughput_cuda.log" | grep -v "^WARNING:root"
echo "== done"
