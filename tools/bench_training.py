"""Benchmark: the training page's loop against the source notes' loop, on the same data and model.

    .venv/bin/python tools/bench_training.py [--threads N]

Run by `python3 -m nox -s bench`. Prints samples/s of each and the ratio; asserts nothing (a
benchmark, not a test). The page's loop is the page's own snippet (snippets/pytorch/training_loop.py),
run as a reader runs it, so the benchmark cannot drift from the page: its data (scikit-learn's digits
blown up to 3x32x32), model (`Net`), batch size and number of epochs are the page's. The source's
loop is the one thing written here: the notes' habits (loss printed as a tensor every 100 steps, test
losses summed as tensors, a shuffled test loader, no train()/eval()), on the page's model and data.
"""

import argparse
import contextlib
import io
import platform
import runpy
import tempfile
import time
from pathlib import Path

import torch
from torch import nn
from torch.utils.data import DataLoader

SNIPPET = Path(__file__).resolve().parent.parent / "snippets/pytorch/training_loop.py"


def page_loop() -> tuple[dict, float]:
    """Run the page's snippet in a scratch folder (it writes TensorBoard logs and a checkpoint): its names, seconds."""
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch), contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        namespace = runpy.run_path(str(SNIPPET), run_name="__main__")
        return namespace, time.perf_counter() - start


def source_loop(page: dict) -> float:
    """The source notes' loop on the page's model and data: seconds."""
    device, Net, num_epochs = page["device"], page["Net"], page["num_epochs"]
    train_loader = DataLoader(page["train_iter"].dataset, batch_size=page["batch_size"], shuffle=True)
    test_loader = DataLoader(page["test_iter"].dataset, batch_size=page["batch_size"], shuffle=True)
    torch.manual_seed(0)
    model = Net().to(device)
    loss_fn = nn.CrossEntropyLoss().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    steps = 0
    start = time.perf_counter()
    for _ in range(num_epochs):
        for imgs, labels in train_loader:
            imgs, labels = imgs.to(device), labels.to(device)
            loss = loss_fn(model(imgs), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            steps += 1
            if steps % 100 == 0:
                str(loss)  # the notes print the loss tensor
        total_loss = 0
        with torch.no_grad():
            for imgs, labels in test_loader:
                imgs, labels = imgs.to(device), labels.to(device)
                total_loss += loss_fn(model(imgs), labels)
        str(total_loss)
    if device.type == "cuda":
        torch.cuda.synchronize()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=torch.get_num_threads())
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    page, _ = page_loop()  # warm-up, not timed
    page, page_seconds = page_loop()
    source_loop(page)  # warm-up
    source_seconds = source_loop(page)
    device, epochs = page["device"], page["num_epochs"]
    n_train, n_test = len(page["train_iter"].dataset), len(page["test_iter"].dataset)
    samples = epochs * (n_train + n_test)
    hardware = torch.cuda.get_device_name() if device.type == "cuda" else f"{platform.processor() or platform.machine()} CPU"
    print(f"training benchmark: {hardware}, {args.threads} threads, torch {torch.__version__}, "
          f"{epochs} epochs x {n_train} train + {n_test} test images ({SNIPPET.relative_to(SNIPPET.parents[2])})")
    print(f"  the page's loop   {samples / page_seconds:8.0f} samples/s  (the whole snippet: data, training, "
          f"TensorBoard, checkpoint)")
    print(f"  the source's loop {samples / source_seconds:8.0f} samples/s  (training and evaluation only)")


if __name__ == "__main__":
    main()
