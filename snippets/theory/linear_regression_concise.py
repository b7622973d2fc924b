"""Train the same model with nn.Linear, nn.MSELoss, torch.optim.SGD and a shuffling DataLoader."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)

lr, num_epochs, batch_size = 0.03, 3, 10
# shuffle=True: a new random order every epoch
train_iter = DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True)
net = nn.Linear(2, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(net.parameters(), lr=lr)

for epoch in range(num_epochs):
    for X_batch, y_batch in train_iter:
        optimizer.zero_grad()  # (1)!
        loss = loss_fn(net(X_batch).squeeze(1), y_batch) / 2  # (2)!
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        train_loss = loss_fn(net(X).squeeze(1), y) / 2
    print(f"epoch {epoch + 1}, loss {train_loss:.6f}")

w, b = net.weight.detach()[0], net.bias.detach()
print("w:", w.numpy().round(3), "b:", b.numpy().round(3))
assert (w - true_w).abs().max() < 0.02 and abs(b.item() - true_b) < 0.02  # recovered within 0.02
