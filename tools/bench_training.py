"""Benchmark: the source notes' training loop against docs/pytorch/training.md's, on the same data.

    .venv/bin/python tools/bench_training.py [--epochs 2] [--threads N]

Run by `python3 -m nox -s bench`. Prints samples/s of each variant and the ratio to the source's
loop; asserts nothing (a benchmark, not a test). Data: scikit-learn's digits blown up to
3x32x32 (the stand-in for CIFAR-10 that the page uses), all 1,797 images, batch size 64.

Variants:
  source       the notes' loop: loss printed as a tensor every 100 steps, test losses summed as
               tensors, a shuffled test loader, no train()/eval()
  page         the page's loop: .item() per batch, train()/eval(), no_grad evaluation, unshuffled test set
  page+cl      the page's loop with channels-last memory format (model and inputs)
  page+workers the page's loop with DataLoader(num_workers=2) (worker processes, as a reader might try)
"""

import argparse
import platform
import time

import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def make_data():
    digits = load_digits()
    images = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
    images = F.interpolate(images, size=32, mode="bilinear").repeat(1, 3, 1, 1)
    labels = torch.tensor(digits.target)
    return TensorDataset(images[:1440], labels[:1440]), TensorDataset(images[1440:], labels[1440:])


def make_model():
    return nn.Sequential(
        nn.Conv2d(3, 32, 5, padding=2), nn.MaxPool2d(2),
        nn.Conv2d(32, 32, 5, padding=2), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5, padding=2), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(1024, 64), nn.Linear(64, 10),
    )


def source_loop(model, train, test, epochs, device, **_):
    train_loader = DataLoader(train, batch_size=64, shuffle=True)
    test_loader = DataLoader(test, batch_size=64, shuffle=True)
    loss_fn = nn.CrossEntropyLoss().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    steps = 0
    for _ in range(epochs):
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


def page_loop(model, train, test, epochs, device, channels_last=False, num_workers=0):
    train_loader = DataLoader(train, batch_size=64, shuffle=True, num_workers=num_workers)
    test_loader = DataLoader(test, batch_size=64, num_workers=num_workers)
    memory_format = torch.channels_last if channels_last else torch.contiguous_format
    model = model.to(memory_format=memory_format)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(epochs):
        model.train()
        for X, y in train_loader:
            X, y = X.to(device, memory_format=memory_format), y.to(device)
            loss = loss_fn(model(X), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loss.item()
        model.eval()
        total_loss, correct = 0.0, 0
        with torch.no_grad():
            for X, y in test_loader:
                X, y = X.to(device, memory_format=memory_format), y.to(device)
                y_hat = model(X)
                total_loss += loss_fn(y_hat, y).item() * len(y)
                correct += (y_hat.argmax(dim=1) == y).sum().item()


VARIANTS = {
    "source": (source_loop, {}),
    "page": (page_loop, {}),
    "page+cl": (page_loop, {"channels_last": True}),
    "page+workers": (page_loop, {"num_workers": 2}),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--threads", type=int, default=torch.get_num_threads())
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    train, test = make_data()
    samples = args.epochs * (len(train) + len(test))
    hardware = torch.cuda.get_device_name() if device.type == "cuda" else f"{platform.processor() or platform.machine()} CPU"
    print(f"training benchmark: {hardware}, {args.threads} threads, torch {torch.__version__}, "
          f"{args.epochs} epochs x {len(train)} train + {len(test)} test images")
    results = {}
    for name, (loop, options) in VARIANTS.items():
        torch.manual_seed(0)
        model = make_model().to(device)
        loop(model, train, test, 1, device, **options)  # warm-up epoch, not timed
        if device.type == "cuda":
            torch.cuda.synchronize()
        start = time.perf_counter()
        loop(model, train, test, args.epochs, device, **options)
        if device.type == "cuda":
            torch.cuda.synchronize()
        results[name] = samples / (time.perf_counter() - start)
    for name, rate in results.items():
        print(f"  {name:13s} {rate:8.0f} samples/s  ({rate / results['source']:.2f}x the source loop)")


if __name__ == "__main__":
    main()
