"""The whole training loop, from choosing the device to saving a checkpoint."""
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.tensorboard import SummaryWriter

# 1. the device
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# 2. the data: 8x8 digits blown up to 3x32x32, standing in for CIFAR-10
digits = load_digits()
images = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16  # (1797, 1, 8, 8)
images = F.interpolate(images, size=32, mode="bilinear").repeat(1, 3, 1, 1)  # (1797, 3, 32, 32)
labels = torch.tensor(digits.target)
torch.manual_seed(0)
idx = torch.randperm(len(labels))
train_idx, test_idx = idx[:640], idx[640:840]  # a small subset keeps the page fast
batch_size = 32
train_iter = DataLoader(TensorDataset(images[train_idx], labels[train_idx]),
                        batch_size=batch_size, shuffle=True)
test_iter = DataLoader(TensorDataset(images[test_idx], labels[test_idx]), batch_size=batch_size)


# 3. the model: a ReLU after every convolution and between the fully connected layers
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.model = nn.Sequential(
            nn.Conv2d(3, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(1024, 64), nn.ReLU(), nn.Linear(64, 10),
        )

    def forward(self, x):
        return self.model(x)


net = Net().to(device)  # move the model first, then create the optimizer

# 4. the loss and the optimizer
loss_fn = nn.CrossEntropyLoss()
lr, num_epochs = 2e-3, 2
optimizer = torch.optim.Adam(net.parameters(), lr=lr)


def evaluate(net, data_iter):
    """Mean loss and accuracy of net on data_iter."""
    net.eval()  # evaluation mode
    total_loss, correct = 0.0, 0
    with torch.no_grad():  # no graphs while evaluating
        for X, y in data_iter:
            X, y = X.to(device), y.to(device)  # (1)!
            y_hat = net(X)
            total_loss += loss_fn(y_hat, y).item() * len(y)  # (2)!
            correct += (y_hat.argmax(dim=1) == y).sum().item()
    n = len(data_iter.dataset)
    return total_loss / n, correct / n


# 5. train, evaluate after every epoch, log to TensorBoard
writer = SummaryWriter("runs/training")
step = 0
for epoch in range(num_epochs):
    net.train()  # (3)!
    for X, y in train_iter:
        X, y = X.to(device), y.to(device)
        loss = loss_fn(net(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        step += 1
        writer.add_scalar("train/loss", loss.item(), step)
    test_loss, test_acc = evaluate(net, test_iter)
    writer.add_scalar("test/loss", test_loss, epoch + 1)
    writer.add_scalar("test/accuracy", test_acc, epoch + 1)
    print(f"epoch {epoch + 1}: {step} steps, test loss {test_loss:.3f}, test accuracy {test_acc:.3f}")
writer.close()

# 6. save a checkpoint
torch.save({"epoch": num_epochs, "model": net.state_dict(), "optimizer": optimizer.state_dict()},
           "checkpoint.pth")
